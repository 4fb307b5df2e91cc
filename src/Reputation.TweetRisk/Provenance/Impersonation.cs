using Reputation.Abstractions.Mentions;
using Reputation.TweetRisk.Cues;

namespace Reputation.TweetRisk.Provenance;

/// <summary>An account that poses as the company without being one of its official handles.</summary>
internal sealed record ImpersonationFinding(string Handle, double Strength, string Detail);

/// <summary>
/// Judges the author: an official handle, an account posing as the brand (its handle or display name carries
/// the brand name) that is small, unverified or press-styled, or neither.
/// </summary>
internal static class Impersonation
{
    private static readonly string[] PressWords =
        ["press", "news", "media", "investor", "ir", "official", "corp", "group", "info", "pr", "communique", "actu", "finance", "pers", "hq"];

    public static bool IsOfficial(MentionAuthor? author, BrandProfile brand) =>
        author?.Handle is { Length: > 0 } handle && brand.OfficialHandles.Contains(BrandProfile.NormalizeHandle(handle));

    public static ImpersonationFinding? Judge(MentionAuthor? author, BrandProfile brand)
    {
        if (author is null || IsOfficial(author, brand))
        {
            return null;
        }

        var handle = author.Handle is { Length: > 0 } h ? BrandProfile.NormalizeHandle(h) : "";
        var poses = (handle.Length > 0 && brand.StemIn(TextFolding.Compact(handle)) is not null)
            || (author.Name is { Length: > 0 } name && brand.StemIn(TextFolding.Compact(name)) is not null);
        if (!poses)
        {
            return null;
        }

        // A big verified account carrying the brand name is more likely a subsidiary or a journalist than a fake.
        var strength = 0.45;
        if (!author.Verified) strength += 0.2;
        strength += author.Followers switch
        {
            < 1_000 => 0.2,
            < 10_000 => 0.1,
            >= 100_000 when author.Verified => -0.25,
            _ => 0,
        };
        if (PressWords.Any(w => handle.Contains(w, StringComparison.Ordinal))) strength += 0.1;
        if (!brand.HasOfficialHandles) strength *= 0.6;

        var shown = author.Handle is { Length: > 0 } ? "@" + handle : author.Name ?? "the author";
        var detail = $"{shown} is not an official handle ({author.Followers} followers, {(author.Verified ? "verified" : "unverified")})";
        return new ImpersonationFinding(shown, Math.Clamp(strength, 0, 0.9), detail);
    }

    /// <summary>A relay quoting an impersonating account ("RT @vinci_press: …") carries its provenance.</summary>
    public static ImpersonationFinding? JudgeQuoted(IEnumerable<string> handles, BrandProfile brand)
    {
        foreach (var handle in handles)
        {
            if (!brand.OfficialHandles.Contains(handle) && brand.StemIn(TextFolding.Compact(handle)) is not null)
            {
                // A verbatim relay of the impersonator carries its content as well as its name.
                var strength = brand.HasOfficialHandles ? 0.7 : 0.4;
                return new ImpersonationFinding("@" + handle, strength, $"quotes @{handle}, which is not an official handle");
            }
        }

        return null;
    }
}
