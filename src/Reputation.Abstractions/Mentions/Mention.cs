namespace Reputation.Abstractions.Mentions;

/// <summary>A validated brand mention (contract section 1).</summary>
[GenerateSerializer, Immutable]
public sealed record Mention
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Brand { get; init; }
    [Id(2)] public required string Source { get; init; }
    [Id(3)] public required string Text { get; init; }
    [Id(4)] public required DateTimeOffset PublishedAt { get; init; }
    [Id(5)] public string? Lang { get; init; }
    [Id(6)] public string? Url { get; init; }
    [Id(7)] public MentionAuthor? Author { get; init; }
    [Id(8)] public MentionEngagement? Engagement { get; init; }
    [Id(9)] public string? ReshareOf { get; init; }
}

[GenerateSerializer, Immutable]
public sealed record MentionAuthor
{
    [Id(0)] public string? Id { get; init; }
    [Id(1)] public string? Handle { get; init; }
    [Id(2)] public string? Name { get; init; }
    [Id(3)] public long Followers { get; init; }
    [Id(4)] public bool Verified { get; init; }
}

[GenerateSerializer, Immutable]
public sealed record MentionEngagement
{
    [Id(0)] public long Likes { get; init; }
    [Id(1)] public long Shares { get; init; }
    [Id(2)] public long Replies { get; init; }
}
