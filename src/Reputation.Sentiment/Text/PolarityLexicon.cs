using System.Globalization;
using System.Reflection;

namespace Reputation.Sentiment.Text;

/// <summary>
/// A small hand-written polarity lexicon per language (word → strength in [-3, 3]), loaded from the embedded
/// Lexicon/*.tsv files. It gives the model prior evidence for words its training corpus never showed it.
/// </summary>
public sealed class PolarityLexicon
{
    private static readonly Lazy<PolarityLexicon> EnglishLexicon = new(() => Load("en"));
    private static readonly Lazy<PolarityLexicon> FrenchLexicon = new(() => Load("fr"));
    private static readonly Lazy<PolarityLexicon> DutchLexicon = new(() => Load("nl"));

    private readonly Dictionary<string, float> _words;
    private readonly Dictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly bool _stripFinalE;

    private PolarityLexicon(Dictionary<string, float> words, bool stripFinalE)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _stripFinalE = stripFinalE;
    }

    public int Count => _words.Count;

    public static PolarityLexicon For(string lang) => lang switch
    {
        "fr" => FrenchLexicon.Value,
        "nl" => DutchLexicon.Value,
        _ => EnglishLexicon.Value,
    };

    /// <summary>
    /// Polarity of a normalised word, trying plural endings, French feminine endings and the Dutch inflected adjective
    /// ("slechte" → "slecht"); 0 when unknown.
    /// </summary>
    public float Polarity(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var value))
            return value;
        if (word.Length > 3 && word[^1] == 's' && _lookup.TryGetValue(word[..^1], out value))
            return value;
        if (_stripFinalE && word.Length > 4)
        {
            if (word[^1] == 'e' && _lookup.TryGetValue(word[..^1], out value))
                return value;
            if (word.EndsWith("es") && _lookup.TryGetValue(word[..^2], out value))
                return value;
        }
        return 0f;
    }

    private static PolarityLexicon Load(string lang)
    {
        var name = $"Reputation.Sentiment.Lexicon.{lang}.tsv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded lexicon '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new Dictionary<string, float>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var tab = line.IndexOf('\t');
            if (tab <= 0 || !float.TryParse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var polarity))
                throw new InvalidDataException($"{name} line {lineNumber}: expected 'word<TAB>polarity'.");
            foreach (var word in line[..tab].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                words[Normalise(word)] = polarity;
        }
        return new PolarityLexicon(words, stripFinalE: lang is "fr" or "nl");
    }

    private static string Normalise(string word)
    {
        var chars = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (c == '-')
                continue;
            var folded = MentionTokenizer.Fold(c);
            if (folded == 'œ')
                chars.Append("oe");
            else
                chars.Append(folded);
        }
        return chars.ToString();
    }
}
