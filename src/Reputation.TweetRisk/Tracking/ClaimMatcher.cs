using Reputation.Abstractions.Mentions;
using Reputation.TweetRisk.Cues;
using Reputation.TweetRisk.Provenance;

namespace Reputation.TweetRisk.Tracking;

/// <summary>Builds a mention's claim fingerprint and says whether, and why, it repeats an incident's claim.</summary>
internal static class ClaimMatcher
{
    private const int MinWordLength = 4;
    private const int MinSharedWords = 4;
    private const double MinSharedShare = 0.4;

    // Frequent words of four letters or more that say nothing about the claim.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "that", "this", "with", "from", "have", "will", "been", "their", "they", "about", "after", "into", "more", "than", "which",
        "what", "when", "were", "said", "says", "today", "just", "breaking", "https", "http",
        "pour", "dans", "avec", "sont", "leur", "cette", "mais", "plus", "selon", "apres", "aussi", "comme", "elle", "nous", "vous",
        "voor", "heeft", "deze", "niet", "maar", "over", "zijn", "haar", "door", "naar",
    };

    public static ClaimFingerprint Of(Mention mention, BrandProfile brand)
    {
        var text = mention.Text.Length <= PressReleaseAnalyzer.MaxAnalyzedLength ? mention.Text : mention.Text[..PressReleaseAnalyzer.MaxAnalyzedLength];
        var folded = TextFolding.Fold(text);
        var hosts = new List<string>(2);
        var urls = new List<string>(1);
        if (HostName.FromUrl(mention.Url) is { } urlHost)
        {
            if (LookalikeDomains.Judge(urlHost, brand).Relation is DomainRelation.Lookalike or DomainRelation.BrandName)
            {
                hosts.Add(urlHost.Registrable);
            }

            urls.Add(NormalizeUrl(mention.Url!));
        }

        foreach (var cited in TextReferences.Domains(text))
        {
            if (LookalikeDomains.Judge(cited, brand).Relation is DomainRelation.Lookalike or DomainRelation.BrandName && !hosts.Contains(cited.Registrable))
            {
                hosts.Add(cited.Registrable);
            }
        }

        var handles = new List<string>(2);
        if (Impersonation.Judge(mention.Author, brand) is not null)
        {
            handles.Add(BrandProfile.NormalizeHandle(mention.Author!.Handle ?? mention.Author.Name ?? ""));
        }

        if (Impersonation.JudgeQuoted(TextReferences.Handles(text), brand) is { } quoted)
        {
            handles.Add(BrandProfile.NormalizeHandle(quoted.Handle));
        }

        return new ClaimFingerprint
        {
            Hosts = hosts,
            Handles = handles.Where(h => h.Length > 0).Distinct().ToList(),
            Claims = (int)FinancialShock.Find(folded).Claims,
            Words = Words(folded),
            Urls = urls,
        };
    }

    /// <summary>Why the mention repeats the incident's claim, or null when it does not.</summary>
    public static string? Relation(SuspectReleaseIncident incident, Mention mention, ClaimFingerprint print)
    {
        var claim = incident.Claim;
        if (mention.ReshareOf is { } reshared && incident.MentionIds.Contains(reshared))
        {
            return "reshare";
        }

        if (print.Urls.Any(claim.Urls.Contains) || print.Hosts.Any(claim.Hosts.Contains))
        {
            return "same source";
        }

        if (print.Handles.Any(claim.Handles.Contains))
        {
            return "same account";
        }

        var shared = SharedWords(claim.Words, print.Words);
        var significantClaims = (claim.ShockClaims & print.ShockClaims) & ~ShockClaim.Takeover;
        if (significantClaims != ShockClaim.None && shared >= 1)
        {
            return "same claim";
        }

        if (shared >= MinSharedWords && shared >= MinSharedShare * Math.Min(claim.Words.Count, print.Words.Count))
        {
            return "similar text";
        }

        return null;
    }

    private static int SharedWords(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var shared = 0;
        foreach (var word in b)
        {
            if (a.Contains(word)) shared++;
        }

        return shared;
    }

    private static List<string> Words(string folded)
    {
        var words = new List<string>(16);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                var word = folded[start..i];
                var prefixed = start > 0 && folded[start - 1] is '@' or '/';
                start = -1;
                if (word.Length >= MinWordLength && !prefixed && !StopWords.Contains(word) && !words.Contains(word))
                {
                    words.Add(word);
                    if (words.Count == ClaimFingerprint.MaxWords) break;
                }
            }
        }

        return words;
    }

    private static string NormalizeUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? (uri.IdnHost + uri.AbsolutePath).TrimEnd('/').ToLowerInvariant() : url;
}
