using System.Text.RegularExpressions;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Mentions;

namespace Reputation.Grains.Brands;

/// <summary>
/// What the brand page shows beside the chart: the terms of recent negative mentions and the loudest
/// authors. Held in memory only (it rebuilds within the hour after a restart) and capped in size.
/// </summary>
internal sealed partial class RecentActivity
{
    private const int MaxTerms = 400;
    private const int MaxAuthors = 200;
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "this", "that", "are", "was", "have", "has", "you", "your", "not", "but", "they", "from",
        "what", "just", "all", "our", "out", "about", "can", "its", "it's", "will", "get", "still", "again", "now", "why",
        "les", "des", "une", "est", "pas", "pour", "que", "qui", "dans", "sur", "avec", "plus", "mais", "vous", "nous",
        "sont", "ont", "par", "encore", "toujours", "cette", "tout", "très", "rien", "depuis", "leur", "aux", "ça", "c'est",
        "het", "een", "van", "niet", "met", "voor", "zijn", "maar", "ook", "nog", "dat", "die", "wat",
        "https", "http", "www", "com", "amp", "rt",
    };

    private Dictionary<string, int> currentTerms = new(StringComparer.Ordinal);
    private Dictionary<string, int> previousTerms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AuthorReach> authors = new(StringComparer.OrdinalIgnoreCase);
    private DateTimeOffset windowStart = DateTimeOffset.MinValue;

    public void Observe(ScoredMention scored, string brandId)
    {
        var mention = scored.Mention;
        if (mention.PublishedAt - windowStart >= Window)
        {
            previousTerms = currentTerms;
            currentTerms = new Dictionary<string, int>(StringComparer.Ordinal);
            windowStart = mention.PublishedAt;
        }

        if (scored.Sentiment.Label == Abstractions.Sentiment.SentimentLabel.Negative)
        {
            foreach (var term in Terms(mention.Text, brandId))
            {
                if (currentTerms.TryGetValue(term, out var n))
                {
                    currentTerms[term] = n + 1;
                }
                else if (currentTerms.Count < MaxTerms)
                {
                    currentTerms[term] = 1;
                }
            }
        }

        if (mention.Author?.Handle is { Length: > 0 } handle)
        {
            authors[handle] = authors.TryGetValue(handle, out var a)
                ? a with { Followers = Math.Max(a.Followers, mention.Author.Followers), Mentions = a.Mentions + 1 }
                : new AuthorReach(handle, mention.Author.Followers, 1);
            if (authors.Count > MaxAuthors)
            {
                authors.Remove(authors.Values.MinBy(x => x.Followers)!.Handle);
            }
        }
    }

    /// <summary>The words of a text that say what it is about: lowercased, without stop words and the brand's own id.</summary>
    public static IEnumerable<string> Terms(string text, string brandId)
    {
        foreach (Match m in Words().Matches(text))
        {
            var term = m.Value.ToLowerInvariant();
            if (term.Length >= 3 && !StopWords.Contains(term) && term != brandId)
            {
                yield return term;
            }
        }
    }

    public IReadOnlyList<TermCount> TopTerms(int count = 10) =>
        currentTerms.Concat(previousTerms)
            .GroupBy(kv => kv.Key)
            .Select(g => new TermCount(g.Key, g.Sum(kv => kv.Value)))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(count).ToList();

    public IReadOnlyList<AuthorReach> LoudestAuthors(int count = 5) =>
        authors.Values.OrderByDescending(a => a.Followers).ThenByDescending(a => a.Mentions).Take(count).ToList();

    [GeneratedRegex(@"[\p{L}][\p{L}\p{Mn}'’-]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
