namespace Reputation.Abstractions.Mentions;

/// <summary>
/// A mention as it arrives on the wire, before validation: every field optional so that a missing
/// field becomes a clear validation message rather than a deserialisation failure.
/// </summary>
public sealed class MentionDocument
{
    public string? Id { get; set; }
    public string? Brand { get; set; }
    public string? Source { get; set; }
    public string? Text { get; set; }
    public string? PublishedAt { get; set; }
    public string? Lang { get; set; }
    public string? Url { get; set; }
    public AuthorDocument? Author { get; set; }
    public EngagementDocument? Engagement { get; set; }
    public string? ReshareOf { get; set; }

    public sealed class AuthorDocument
    {
        public string? Id { get; set; }
        public string? Handle { get; set; }
        public string? Name { get; set; }
        public long? Followers { get; set; }
        public bool? Verified { get; set; }
    }

    public sealed class EngagementDocument
    {
        public long? Likes { get; set; }
        public long? Shares { get; set; }
        public long? Replies { get; set; }
    }
}
