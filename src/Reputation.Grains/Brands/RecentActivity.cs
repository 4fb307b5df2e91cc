using System.Buffers;
using System.Text;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Mentions;

namespace Reputation.Grains.Brands;

/// <summary>
/// What the brand page shows beside the chart: the terms of recent negative mentions and the loudest
/// authors. Held in memory only (it rebuilds within the hour after a restart) and capped in size.
/// </summary>
internal sealed class RecentActivity
{
    private const int MaxTerms = 400;
    private const int MaxAuthors = 200;
    /// <summary>Longer "words" are URLs' remains or noise, not topics.</summary>
    private const int MaxTermLength = 40;
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "this", "that", "are", "was", "have", "has", "you", "your", "not", "but", "they", "from",
        "what", "just", "all", "our", "out", "about", "can", "its", "it's", "will", "get", "still", "again", "now", "why",
        "les", "des", "une", "est", "pas", "pour", "que", "qui", "dans", "sur", "avec", "plus", "mais", "vous", "nous",
        "sont", "ont", "par", "encore", "toujours", "cette", "tout", "très", "rien", "depuis", "leur", "aux", "ça", "c'est",
        "het", "een", "van", "niet", "met", "voor", "zijn", "maar", "ook", "nog", "dat", "die", "wat",
        "geen", "weer", "alweer", "naar", "bij", "als", "dan", "door", "over", "uit", "deze", "dit", "jullie", "wordt", "kan",
        "heb", "heeft", "hebben", "mijn", "hun", "meer", "sinds", "altijd", "echt", "gewoon", "waarom", "niks", "niets", "nie", "nen",
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
            CountTerms(mention.Text, brandId, currentTerms, MaxTerms);
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

    public IReadOnlyList<TermCount> TopTerms(int count = 10) =>
        currentTerms.Concat(previousTerms)
            .GroupBy(kv => kv.Key)
            .Select(g => new TermCount(g.Key, g.Sum(kv => kv.Value)))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(count).ToList();

    public IReadOnlyList<AuthorReach> LoudestAuthors(int count = 5) =>
        authors.Values.OrderByDescending(a => a.Followers).ThenByDescending(a => a.Mentions).Take(count).ToList();

    /// <summary>
    /// Counts the words of a text that say what it is about into <paramref name="terms"/>: a letter followed by at
    /// least two letters, combining marks, apostrophes or hyphens, lowercased, without stop words and the brand's
    /// own id. A new term is added only while there are fewer than <paramref name="maxTerms"/> (after
    /// <paramref name="makeRoom"/>, if given). Scanned by hand and looked up by span, because this runs for every
    /// negative mention on the ingestion path and a regex with a string per word showed in the profile.
    /// </summary>
    public static void CountTerms(string text, string brandId, Dictionary<string, int> terms, int maxTerms, Func<Dictionary<string, int>, bool>? makeRoom = null)
    {
        // Counts restored from storage may carry another comparer; they then take the allocating path.
        var spans = terms.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup);
        var stopWords = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[MaxTermLength];
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i++;
            while (i < text.Length && IsWordPart(text[i]))
            {
                i++;
            }

            var length = i - start;
            if (length < 3 || length > MaxTermLength)
            {
                continue;
            }

            var word = text.AsSpan(start, length);
            // ASCII words skip the culture tables that span lower-casing goes through (1 % of busy CPU).
            var written = Ascii.IsValid(word) && Ascii.ToLower(word, lower, out var ascii) == OperationStatus.Done ? ascii : word.ToLowerInvariant(lower);
            var term = lower[..written];
            if (stopWords.Contains(term) || term.SequenceEqual(brandId))
            {
                continue;
            }

            if (spans ? lookup.TryGetValue(term, out var n) : terms.TryGetValue(term.ToString(), out n))
            {
                Set(term, n + 1);
            }
            else if (terms.Count < maxTerms || (makeRoom is not null && makeRoom(terms)))
            {
                Set(term, 1);
            }
        }

        void Set(ReadOnlySpan<char> term, int count)
        {
            if (spans)
            {
                lookup[term] = count;
            }
            else
            {
                terms[term.ToString()] = count;
            }
        }
    }

    private static bool IsWordPart(char c) =>
        char.IsLetter(c) || c is '\'' or '’' or '-' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
