namespace Reputation.Cli.Bench;

/// <summary>What one bench run does.</summary>
/// <param name="WarmUpRounds">Mentions per brand before the measured load: the first activates the brand; more let the JIT settle.</param>
internal sealed record BenchSettings(long Mentions, int Brands, double Rate, int AlertBrands, int UndeclaredLanguageEvery, int WarmUpRounds);
