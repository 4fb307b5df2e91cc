namespace Reputation.Cli.Bench;

/// <summary>What one bench run does.</summary>
internal sealed record BenchSettings(long Mentions, int Brands, double Rate, int AlertBrands, int UndeclaredLanguageEvery);
