namespace Reputation.Scoring;

/// <summary>Configuration section <c>Sentiment</c>.</summary>
public sealed class ScoringOptions
{
    public const string Section = "Sentiment";

    /// <summary>A model trained with <c>reputation train</c>; empty for the built-in model.</summary>
    public string? ModelPath { get; set; }
}
