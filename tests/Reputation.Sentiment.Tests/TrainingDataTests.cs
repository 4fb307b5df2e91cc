using Reputation.Abstractions.Sentiment;
using Reputation.Sentiment.Training;

namespace Reputation.Sentiment.Tests;

public sealed class TrainingDataTests
{
    [Fact]
    public void Reads_both_layouts_and_both_label_spellings()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("data.tsv", "label\ttext\n# a comment\n\npositive\tgreat stuff\n-1\tfr\tc'est nul\n0\tnl\tde winkel is open\nNEUTRAL\ttabs\tinside text\n");
        var examples = TrainingData.ReadTsv(path);
        Assert.Equal(4, examples.Count);
        Assert.Equal((SentimentLabel.Positive, "great stuff", (string?)null), (examples[0].Label, examples[0].Text, examples[0].Lang));
        Assert.Equal((SentimentLabel.Negative, "c'est nul", "fr"), (examples[1].Label, examples[1].Text, examples[1].Lang));
        Assert.Equal((SentimentLabel.Neutral, "de winkel is open", "nl"), (examples[2].Label, examples[2].Text, examples[2].Lang));
        Assert.Equal("tabs\tinside text", examples[3].Text);
    }

    [Theory]
    [InlineData("positive\tok\ngreat\tthis label is wrong\n", "line 2", "unknown label 'great'")]
    [InlineData("positive\tok\nno tab on this line\n", "line 2", "no tab")]
    [InlineData("1\ten\t   \n", "line 1", "text is empty")]
    public void Errors_name_the_file_and_line(string content, string line, string message)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("bad.tsv", content);
        var error = Assert.Throws<InvalidDataException>(() => TrainingData.ReadTsv(path));
        Assert.Contains(path, error.Message);
        Assert.Contains(line, error.Message);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        var error = Assert.Throws<FileNotFoundException>(() => TrainingData.ReadTsv("/nonexistent/data.tsv"));
        Assert.Contains("/nonexistent/data.tsv", error.Message);
    }

    [Fact]
    public void The_training_entry_reports_bad_data_with_exit_code_1()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("bad.tsv", "positive\tfine\nmaybe\tunsure\n");
        var log = new StringWriter();
        Assert.Equal(1, SentimentTraining.Run(path, Path.Combine(dir.Path, "model.zip"), log));
        Assert.Contains("line 2", log.ToString());
        Assert.False(File.Exists(Path.Combine(dir.Path, "model.zip")));
    }

    [Fact]
    public void The_training_entry_writes_a_loadable_model()
    {
        using var dir = new TempDirectory();
        var lines = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            lines.Add($"positive\ten\twonderful gadget {i}");
            lines.Add($"negative\ten\tbroken gadget {i}");
            lines.Add($"neutral\ten\tgadget shipment {i} scheduled");
        }
        var data = dir.Write("data.tsv", string.Join('\n', lines));
        var output = Path.Combine(dir.Path, "out", "model.zip");
        var log = new StringWriter();
        Assert.Equal(0, SentimentTraining.Run(data, output, log));
        Assert.Contains("read 60 examples", log.ToString());
        var model = Model.SentimentModel.Load(output);
        Assert.Equal(SentimentLabel.Negative, model.Score("broken gadget", "en").Label);
    }
}
