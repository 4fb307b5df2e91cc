namespace Reputation.Abstractions.Sentiment;

/// <summary>Tweet-risk verdict on one mention: is it a release-like announcement that is likely fake.</summary>
[GenerateSerializer, Immutable]
public sealed record PressReleaseAssessment
{
    [Id(0)] public bool Suspect { get; init; }
    [Id(1)] public double Risk { get; init; }
    [Id(2)] public IReadOnlyList<string> Reasons { get; init; } = [];
    /// <summary>True when the mention reads like a press release at all (official or not).</summary>
    [Id(3)] public bool ReleaseLike { get; init; }
    /// <summary>True when the mention comes from an official domain or handle of the brand.</summary>
    [Id(4)] public bool Official { get; init; }
    /// <summary>True when an official source denies a claim (ends an incident).</summary>
    [Id(5)] public bool Denial { get; init; }
}
