using System.Globalization;
using Reputation.Abstractions.Sentiment;
using Reputation.Sentiment.Language;
using Reputation.Sentiment.Model;
using Reputation.Sentiment.Training;

namespace Reputation.Sentiment.Evaluation;

/// <summary>One evaluation set's outcome.</summary>
public sealed record EvaluationSetResult(string Name, string Lang, int Classes, int Count, double MacroF1, double Accuracy);

/// <summary>
/// Measures a scorer on the sentiment sets of the shared evaluation directory, following its README: 3-class tweet
/// sets (val split) score macro-F1 over negative/neutral/positive; 2-class review sets score macro-F1 over
/// negative/positive with a neutral prediction counted as wrong.
/// </summary>
public static class SentimentEvaluation
{
    private static readonly SentimentLabel[] ThreeClasses = [SentimentLabel.Negative, SentimentLabel.Neutral, SentimentLabel.Positive];
    private static readonly SentimentLabel[] TwoClasses = [SentimentLabel.Negative, SentimentLabel.Positive];

    /// <summary>
    /// The CLI entry: prints one line per set of <paramref name="evalDir"/> (skipped when null) and one per labelled TSV
    /// file of <paramref name="labelledFiles"/>; returns 0, or 1 when no set was found or a file is malformed.
    /// </summary>
    public static int Run(string? evalDir, ISentimentScorer scorer, TextWriter output, IReadOnlyList<string>? labelledFiles = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var results = new List<EvaluationSetResult>();
        try
        {
            if (evalDir is not null)
                results.AddRange(Evaluate(evalDir, scorer, output));
            else
                WriteHeader(output);
            foreach (var file in labelledFiles ?? [])
            {
                var result = EvaluateLabelled(file, scorer);
                results.Add(result);
                WriteLine(output, result);
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            output.WriteLine($"error: {e.Message}");
            return 1;
        }
        if (results.Count == 0)
        {
            output.WriteLine($"error: no sentiment evaluation set under '{evalDir}' (expected en/semeval2017, fr/deft2017, en/*_labelled.txt, fr/allocine) and no --labelled file.");
            return 1;
        }
        return 0;
    }

    public static IReadOnlyList<EvaluationSetResult> Evaluate(string evalDir, ISentimentScorer scorer, TextWriter? output = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(evalDir);
        ArgumentNullException.ThrowIfNull(scorer);
        var sets = new (string Name, string Lang, Func<string, IReadOnlyList<(SentimentLabel, string)>?> Read, SentimentLabel[] Classes)[]
        {
            ("en/semeval2017 (val)", "en", dir => ReadTweets(Path.Combine(dir, "en", "semeval2017")), ThreeClasses),
            ("fr/deft2017 (val)", "fr", dir => ReadTweets(Path.Combine(dir, "fr", "deft2017")), ThreeClasses),
            ("en/amazon_cells", "en", dir => ReadSentenceThenLabel(Path.Combine(dir, "en", "amazon_cells_labelled.txt")), TwoClasses),
            ("en/yelp", "en", dir => ReadSentenceThenLabel(Path.Combine(dir, "en", "yelp_labelled.txt")), TwoClasses),
            ("fr/allocine (dev)", "fr", dir => ReadLabelThenText(Path.Combine(dir, "fr", "allocine", "dev.tsv")), TwoClasses),
        };
        var results = new List<EvaluationSetResult>();
        if (output is not null)
            WriteHeader(output);
        foreach (var (name, lang, read, classes) in sets)
        {
            var examples = read(evalDir);
            if (examples is null)
            {
                output?.WriteLine($"{name,-22} skipped: not found");
                continue;
            }
            var gold = new List<SentimentLabel>(examples.Count);
            var predicted = new List<SentimentLabel>(examples.Count);
            foreach (var (label, text) in examples)
            {
                gold.Add(label);
                predicted.Add(scorer.Score(text, lang).Label);
            }
            var result = Score(name, lang, gold, predicted, classes);
            results.Add(result);
            if (output is not null)
                WriteLine(output, result);
        }
        return results;
    }

    /// <summary>
    /// Three-class macro-F1 on a labelled TSV file in the training format (<see cref="TrainingData.ReadTsv"/>), such as the
    /// project's Dutch test set; each row is scored in its own language, detected when the row names none.
    /// </summary>
    public static EvaluationSetResult EvaluateLabelled(string path, ISentimentScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        var examples = TrainingData.ReadTsv(path);
        if (examples.Count == 0)
            throw new InvalidDataException($"{path}: no labelled mention.");
        var gold = new List<SentimentLabel>(examples.Count);
        var predicted = new List<SentimentLabel>(examples.Count);
        var languages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var example in examples)
        {
            var lang = example.Lang is { } declared ? LanguageDetector.Normalise(declared) : LanguageDetector.Shared.Detect(example.Text);
            languages.Add(lang);
            gold.Add(example.Label);
            predicted.Add(scorer.Score(example.Text, lang).Label);
        }
        return Score(Path.GetFileName(path), string.Join('+', languages), gold, predicted, ThreeClasses);
    }

    private static EvaluationSetResult Score(string name, string lang, List<SentimentLabel> gold, List<SentimentLabel> predicted, SentimentLabel[] classes)
    {
        var f1 = MacroF1.Compute(gold, predicted, classes);
        var accuracy = gold.Count == 0 ? 0 : (double)gold.Zip(predicted).Count(p => p.First == p.Second) / gold.Count;
        return new EvaluationSetResult(name, lang, classes.Length, gold.Count, f1, accuracy);
    }

    private static void WriteHeader(TextWriter output) =>
        output.WriteLine($"{"set",-22} {"classes",7} {"n",6} {"macro-F1",9} {"accuracy",9}");

    private static void WriteLine(TextWriter output, EvaluationSetResult r) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Name,-22} {r.Classes,7} {r.Count,6} {r.MacroF1,9:F3} {r.Accuracy,9:F3}"));

    /// <summary>val_text.txt and val_labels.txt, same line number; labels 0 negative, 1 neutral, 2 positive.</summary>
    private static List<(SentimentLabel, string)>? ReadTweets(string dir)
    {
        var textPath = Path.Combine(dir, "val_text.txt");
        var labelPath = Path.Combine(dir, "val_labels.txt");
        if (!File.Exists(textPath) || !File.Exists(labelPath))
            return null;
        var texts = File.ReadAllLines(textPath);
        var labels = File.ReadAllLines(labelPath);
        if (texts.Length != labels.Length)
            throw new InvalidDataException($"{dir}: {texts.Length} texts but {labels.Length} labels.");
        var examples = new List<(SentimentLabel, string)>(texts.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            var label = labels[i].Trim() switch
            {
                "0" => SentimentLabel.Negative,
                "1" => SentimentLabel.Neutral,
                "2" => SentimentLabel.Positive,
                var other => throw new InvalidDataException($"{labelPath}, line {i + 1}: unknown label '{other}'."),
            };
            examples.Add((label, texts[i]));
        }
        return examples;
    }

    /// <summary>UCI sentences: "sentence&lt;TAB&gt;label", split on the last tab; 1 positive, 0 negative.</summary>
    private static List<(SentimentLabel, string)>? ReadSentenceThenLabel(string path) =>
        ReadTwoClassLines(path, line => line.LastIndexOf('\t'), (line, tab) => (line[(tab + 1)..], line[..tab]));

    /// <summary>Allociné: "label&lt;TAB&gt;text"; 1 positive, 0 negative.</summary>
    private static List<(SentimentLabel, string)>? ReadLabelThenText(string path) =>
        ReadTwoClassLines(path, line => line.IndexOf('\t'), (line, tab) => (line[..tab], line[(tab + 1)..]));

    /// <summary>Reads a two-class file of one example a line, where <paramref name="split"/> gives (label, text) around the tab.</summary>
    private static List<(SentimentLabel, string)>? ReadTwoClassLines(
        string path, Func<string, int> findTab, Func<string, int, (string Label, string Text)> split)
    {
        if (!File.Exists(path))
            return null;
        var examples = new List<(SentimentLabel, string)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var tab = findTab(line);
            if (tab < 0)
                throw new InvalidDataException($"{path}, line {lineNumber}: no tab.");
            var (label, text) = split(line, tab);
            examples.Add((Binary(label, path, lineNumber), text));
        }
        return examples;
    }

    private static SentimentLabel Binary(string label, string path, int line) => label.Trim() switch
    {
        "0" => SentimentLabel.Negative,
        "1" => SentimentLabel.Positive,
        var other => throw new InvalidDataException($"{path}, line {line}: unknown label '{other}'."),
    };
}
