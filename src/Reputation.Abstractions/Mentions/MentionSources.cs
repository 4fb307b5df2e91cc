namespace Reputation.Abstractions.Mentions;

/// <summary>The sources a mention may come from (contract section 1).</summary>
public static class MentionSources
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "twitter", "facebook", "instagram", "linkedin", "youtube", "tiktok",
        "news", "newswire", "blog", "forum", "review", "other",
    };
}
