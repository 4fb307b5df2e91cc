namespace Reputation.Abstractions.Grains;

/// <summary>One minute of a brand's mentions, by sentiment, with the band the baseline expects.</summary>
[GenerateSerializer, Immutable]
public sealed record TimelineBucket
{
    [Id(0)] public required DateTimeOffset Minute { get; init; }
    [Id(1)] public int Total { get; init; }
    [Id(2)] public int Negative { get; init; }
    [Id(3)] public int Neutral { get; init; }
    [Id(4)] public int Positive { get; init; }
    /// <summary>Negative mentions the baseline expects in this minute (null while the brand warms up).</summary>
    [Id(5)] public double? ExpectedNegative { get; init; }
    [Id(6)] public double? ExpectedNegativeUpper { get; init; }
}

[GenerateSerializer, Immutable]
public sealed record BrandTimeline(
    [property: Id(0)] string Brand,
    [property: Id(1)] IReadOnlyList<TimelineBucket> Buckets);

/// <summary>A brand's state at a glance, for the overview of all brands.</summary>
[GenerateSerializer, Immutable]
public sealed record BrandOverview
{
    [Id(0)] public required string Brand { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public long TotalMentions { get; init; }
    [Id(3)] public int LastHourTotal { get; init; }
    [Id(4)] public int LastHourNegative { get; init; }
    [Id(5)] public double? LastHourExpected { get; init; }
    [Id(6)] public IReadOnlyDictionary<string, int> OpenAlertsBySeverity { get; init; } = new Dictionary<string, int>();
    [Id(7)] public DateTimeOffset? LastMentionAt { get; init; }
    [Id(8)] public IReadOnlyList<TermCount> TopTerms { get; init; } = [];
    [Id(9)] public IReadOnlyList<AuthorReach> LoudestAuthors { get; init; } = [];
}

[GenerateSerializer, Immutable]
public sealed record TermCount([property: Id(0)] string Term, [property: Id(1)] int Count);

[GenerateSerializer, Immutable]
public sealed record AuthorReach([property: Id(0)] string Handle, [property: Id(1)] long Followers, [property: Id(2)] int Mentions);
