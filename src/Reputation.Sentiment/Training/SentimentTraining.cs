using Reputation.Abstractions.Sentiment;
using Reputation.Sentiment.Model;

namespace Reputation.Sentiment.Training;

/// <summary>The command-line entry for training a model on a user's own data (wired as a CLI verb by the host).</summary>
public static class SentimentTraining
{
    /// <param name="dataPath">A .tsv file, or a directory whose .tsv files are all read (see <see cref="TrainingData"/>).</param>
    /// <param name="outputPath">Where to write the model (.zip); load it with <see cref="SentimentModel.Load(string)"/>.</param>
    /// <param name="log">Progress and errors.</param>
    /// <returns>0 on success, 1 when the data is missing or malformed, 2 when training itself fails.</returns>
    public static int Run(string dataPath, string outputPath, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        IReadOnlyList<LabelledText> examples;
        try
        {
            examples = TrainingData.ReadFileOrDirectory(dataPath);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException)
        {
            log.WriteLine($"error: {e.Message}");
            return 1;
        }
        // Detect once, up front: training and the accuracy check below both need the language.
        examples = [.. examples.Select(e => e.Lang is null ? e with { Lang = Language.LanguageDetector.Shared.Detect(e.Text) } : e)];
        var counts = examples.GroupBy(e => e.Label).ToDictionary(g => g.Key, g => g.Count());
        log.WriteLine($"read {examples.Count} examples from {dataPath}: "
            + string.Join(", ", Enum.GetValues<SentimentLabel>().Select(l => $"{SentimentClasses.Name(l)} {counts.GetValueOrDefault(l)}")));
        SentimentModel model;
        try
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            model = SentimentTrainer.Train(examples);
            log.WriteLine($"trained in {started.Elapsed.TotalSeconds:F1} s");
        }
        catch (ArgumentException e)
        {
            log.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (InvalidOperationException e)
        {
            log.WriteLine($"error: training failed: {e.Message}");
            return 2;
        }
        var correct = examples.Count(e => model.Score(e.Text, e.Lang!).Label == e.Label);
        log.WriteLine($"accuracy on the training data itself: {(double)correct / examples.Count:P1} (not a quality measure; see eval-sentiment)");
        model.Save(outputPath);
        log.WriteLine($"wrote {outputPath}");
        return 0;
    }
}
