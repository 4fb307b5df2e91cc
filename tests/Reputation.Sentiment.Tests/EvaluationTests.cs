using Reputation.Abstractions.Sentiment;
using Reputation.Sentiment.Evaluation;
using Reputation.Sentiment.Model;

namespace Reputation.Sentiment.Tests;

public sealed class EvaluationTests
{
    /// <summary>Answers from the text itself, so the expected scores can be worked out by hand.</summary>
    private sealed class KeywordScorer : ISentimentScorer
    {
        public SentimentResult Score(string text, string lang) =>
            text.Contains("good") ? new(SentimentLabel.Positive, 1)
            : text.Contains("bad") ? new(SentimentLabel.Negative, -1)
            : new(SentimentLabel.Neutral, 0);
    }

    [Fact]
    public void Macro_f1_averages_the_per_class_f1()
    {
        SentimentLabel[] gold = [SentimentLabel.Positive, SentimentLabel.Positive, SentimentLabel.Negative, SentimentLabel.Negative];
        SentimentLabel[] predicted = [SentimentLabel.Positive, SentimentLabel.Neutral, SentimentLabel.Negative, SentimentLabel.Positive];
        // positive: tp 1, fp 1, fn 1 → 0.5; negative: tp 1, fp 0, fn 1 → 2/3.
        var f1 = MacroF1.Compute(gold, predicted, [SentimentLabel.Negative, SentimentLabel.Positive]);
        Assert.Equal((0.5 + 2.0 / 3.0) / 2, f1, 10);
    }

    [Fact]
    public void Follows_the_eval_readme_layouts_and_counts_neutral_as_wrong_on_two_class_sets()
    {
        using var dir = new TempDirectory();
        // The UCI sentence itself holds a tab: the label is after the last one.
        dir.Write("en/yelp_labelled.txt", "good\tfood\t1\nbad food\t0\nplain food\t1\nbad again\t1\n");
        dir.Write("fr/allocine/dev.tsv", "1\tgood show\n0\tbad show\n");
        dir.Write("en/semeval2017/val_text.txt", "good\nbad\nnothing\n");
        dir.Write("en/semeval2017/val_labels.txt", "2\n0\n1\n");
        var output = new StringWriter();
        var results = SentimentEvaluation.Evaluate(dir.Path, new KeywordScorer(), output);

        var yelp = Assert.Single(results, r => r.Name == "en/yelp");
        // positive: tp 1, fp 0, fn 2 → 0.5; negative: tp 1, fp 1, fn 0 → 2/3.
        Assert.Equal((0.5 + 2.0 / 3.0) / 2, yelp.MacroF1, 10);
        Assert.Equal(4, yelp.Count);
        Assert.Equal(1.0, Assert.Single(results, r => r.Name.StartsWith("fr/allocine")).MacroF1, 10);
        Assert.Equal(1.0, Assert.Single(results, r => r.Name.StartsWith("en/semeval2017")).MacroF1, 10);
        Assert.Contains("fr/deft2017 (val)      skipped: not found", output.ToString());
    }

    [Fact]
    public void The_evaluation_entry_fails_when_no_set_is_there()
    {
        using var dir = new TempDirectory();
        var output = new StringWriter();
        Assert.Equal(1, SentimentEvaluation.Run(dir.Path, new KeywordScorer(), output));
        Assert.Contains("no sentiment evaluation set", output.ToString());
    }

    [Fact]
    public void A_labelled_file_scores_three_class_macro_f1_in_each_rows_language()
    {
        using var dir = new TempDirectory();
        dir.Write("nl.tsv", "# comment\npositive\tnl\tgood\nnegative\tnl\tbad\nneutral\tnl\tgood too\n");
        var languages = new List<string>();
        var scorer = new RecordingScorer(new KeywordScorer(), languages);

        var result = SentimentEvaluation.EvaluateLabelled(Path.Combine(dir.Path, "nl.tsv"), scorer);

        Assert.Equal(["nl", "nl", "nl"], languages);
        Assert.Equal(("nl.tsv", "nl", 3, 3), (result.Name, result.Lang, result.Classes, result.Count));
        // positive: tp 1, fp 1 → 2/3; negative: 1; neutral: tp 0 → 0.
        Assert.Equal((2.0 / 3.0 + 1 + 0) / 3, result.MacroF1, 10);
    }

    [Fact]
    public void The_evaluation_entry_scores_labelled_files_without_an_evaluation_folder()
    {
        using var dir = new TempDirectory();
        dir.Write("set.tsv", "positive\tnl\tgood\nnegative\tnl\tbad\n");
        var output = new StringWriter();

        Assert.Equal(0, SentimentEvaluation.Run(null, new KeywordScorer(), output, [Path.Combine(dir.Path, "set.tsv")]));
        Assert.Matches(@"set\.tsv\s+3\s+2\s+", output.ToString());
        Assert.Equal(1, SentimentEvaluation.Run(null, new KeywordScorer(), new StringWriter(), [Path.Combine(dir.Path, "missing.tsv")]));
    }

    private sealed class RecordingScorer(ISentimentScorer inner, List<string> languages) : ISentimentScorer
    {
        public SentimentResult Score(string text, string lang)
        {
            languages.Add(lang);
            return inner.Score(text, lang);
        }
    }
}
