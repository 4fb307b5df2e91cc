namespace Reputation.Cli.Tests;

/// <summary>`reputation eval-sentiment --labelled`: the built-in model on a labelled TSV such as the Dutch test set.</summary>
public sealed class EvalSentimentCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task A_labelled_file_is_scored_even_without_the_evaluation_folder()
    {
        var data = folder.WriteLines("nl-sample.tsv",
        [
            "# a few Dutch lines",
            "negative\tnl\tWaardeloze klantendienst, al drie keer afgelegd 😡",
            "negative\tnl\tDe levering is alweer te laat, ik ben het beu",
            "neutral\tnl\tDe winkel in Gent is zondag gesloten",
            "neutral\tnl\tWeet iemand hoe laat de trein naar Brussel vertrekt?",
            "positive\tnl\tSuper snelle hulp, dikke merci!",
            "positive\tnl\tHeerlijk gegeten, zeker een aanrader",
        ]);

        var result = await CliRun.InProcess("eval-sentiment", "--labelled", data);

        Assert.True(result.ExitCode == 0, result.ToString());
        var line = Assert.Single(result.OutLines, l => l.StartsWith("nl-sample.tsv", StringComparison.Ordinal));
        Assert.Matches(@"^nl-sample\.tsv\s+3\s+6\s+[01]\.\d{3}\s+[01]\.\d{3}$", line);
    }

    [Fact]
    public async Task A_missing_labelled_file_or_named_evaluation_folder_is_an_input_error()
    {
        var data = folder.WriteLines("one.tsv", ["positive\tnl\tTop!"]);

        var missingFile = await CliRun.InProcess("eval-sentiment", "--labelled", Path.Combine(folder.Path, "absent.tsv"));
        var missingFolder = await CliRun.InProcess("eval-sentiment", "--eval", Path.Combine(folder.Path, "no-eval"), "--labelled", data);

        Assert.Equal(66, missingFile.ExitCode);
        Assert.Contains("labelled file not found", missingFile.Err);
        Assert.Equal(66, missingFolder.ExitCode);
        Assert.Contains("evaluation folder not found", missingFolder.Err);
    }

    public void Dispose() => folder.Dispose();
}
