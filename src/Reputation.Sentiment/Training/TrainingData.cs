using Reputation.Abstractions.Sentiment;
using Reputation.Sentiment.Model;

namespace Reputation.Sentiment.Training;

/// <summary>
/// Reads labelled mentions from TSV: <c>label&lt;TAB&gt;text</c> or <c>label&lt;TAB&gt;lang&lt;TAB&gt;text</c>, one per line.
/// Labels are negative/neutral/positive (any case) or -1/0/1. Blank lines and lines starting with '#' are skipped,
/// as is a first line whose label column reads "label". Errors name the file and line.
/// </summary>
public static class TrainingData
{
    public const int MaxLineChars = 10_000;

    public static IReadOnlyList<LabelledText> ReadTsv(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
            throw new FileNotFoundException($"No training data at '{path}'.", path);
        var examples = new List<LabelledText>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
                continue;
            if (line.Length > MaxLineChars)
                throw Error(path, lineNumber, $"the line is longer than {MaxLineChars} characters");
            if (examples.Count == SentimentTrainer.MaxExamples)
                throw Error(path, lineNumber, $"more than {SentimentTrainer.MaxExamples} examples");
            var tab = line.IndexOf('\t');
            if (tab < 0)
                throw Error(path, lineNumber, "expected 'label<TAB>text' or 'label<TAB>lang<TAB>text', found no tab");
            var labelText = line[..tab].Trim();
            if (examples.Count == 0 && labelText.Equals("label", StringComparison.OrdinalIgnoreCase))
                continue;
            if (!TryParseLabel(labelText, out var label))
                throw Error(path, lineNumber, $"unknown label '{labelText}' (expected negative, neutral, positive, -1, 0 or 1)");
            var rest = line[(tab + 1)..];
            string? lang = null;
            var second = rest.IndexOf('\t');
            if (second > 0 && IsLanguageCode(rest[..second]))
            {
                lang = rest[..second].ToLowerInvariant();
                rest = rest[(second + 1)..];
            }
            var text = rest.Trim();
            if (text.Length == 0)
                throw Error(path, lineNumber, "the text is empty");
            examples.Add(new LabelledText(label, text, lang));
        }
        return examples;
    }

    /// <summary>Every example in a .tsv file, or in all .tsv files of a directory (in name order).</summary>
    public static IReadOnlyList<LabelledText> ReadFileOrDirectory(string path)
    {
        if (!Directory.Exists(path))
            return ReadTsv(path);
        var files = Directory.GetFiles(path, "*.tsv").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new FileNotFoundException($"No .tsv files in '{path}'.", path);
        return [.. files.SelectMany(ReadTsv)];
    }

    public static bool TryParseLabel(string text, out SentimentLabel label)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "negative" or "-1" or "neg":
                label = SentimentLabel.Negative;
                return true;
            case "neutral" or "0" or "neu":
                label = SentimentLabel.Neutral;
                return true;
            case "positive" or "1" or "+1" or "pos":
                label = SentimentLabel.Positive;
                return true;
            default:
                label = default;
                return false;
        }
    }

    private static bool IsLanguageCode(string text) =>
        text.Length is 2 or 5 && char.IsAsciiLetter(text[0]) && char.IsAsciiLetter(text[1])
        && (text.Length == 2 || (text[2] is '-' or '_' && char.IsAsciiLetter(text[3]) && char.IsAsciiLetter(text[4])));

    private static InvalidDataException Error(string path, int line, string message) =>
        new($"{path}, line {line}: {message}.");
}
