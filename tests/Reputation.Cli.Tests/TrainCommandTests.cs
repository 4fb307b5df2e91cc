using System.Text.Json;

namespace Reputation.Cli.Tests;

/// <summary>`reputation train`: a model trained on the user's own TSV is the one `score --model` uses.</summary>
public sealed class TrainCommandTests : IDisposable
{
    private static readonly string[] BrandNames = ["Aerolia", "Skyrail", "Nordbank", "Velora", "Optima", "Kestrel", "Lumio", "Brisa"];
    private static readonly string[] Openings = ["", "Honestly, ", "Update: ", "Well... ", "FYI "];
    private static readonly DateTimeOffset At = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly TempFolder folder = new();

    /// <summary>A few hundred labelled lines; with <paramref name="inverted"/> negative and positive are swapped.</summary>
    private static IEnumerable<string> Tsv(bool inverted)
    {
        yield return "label\tlang\ttext";
        var pools = new (string Label, string[] Texts)[]
        {
            (inverted ? "positive" : "negative", BrandTalk.Negative),
            ("neutral", BrandTalk.Neutral),
            (inverted ? "negative" : "positive", BrandTalk.Positive),
        };
        foreach (var name in BrandNames)
        {
            foreach (var opening in Openings)
            {
                foreach (var (label, texts) in pools)
                {
                    for (var i = 0; i < texts.Length; i += 2)
                    {
                        var index = i + (opening.Length % 2);
                        var text = opening + BrandTalk.Of(texts, index, name);
                        yield return $"{label}\t{(index % texts.Length < texts.Length / 2 ? "en" : "fr")}\t{text}";
                    }
                }
            }
        }
    }

    [Fact]
    public async Task A_model_trained_on_inverted_labels_inverts_what_score_says()
    {
        var model = folder.File("inverted.zip");
        var lines = Tsv(inverted: true).ToList();
        Assert.InRange(lines.Count, 200, 1_000);

        var trained = await CliRun.InProcess("train", "--data", folder.WriteLines("inverted.tsv", lines), "--output", model);

        Assert.True(trained.ExitCode == 0, trained.ToString());
        Assert.True(File.Exists(model));
        Assert.Contains("wrote " + model, trained.Err);

        var mentions = folder.WriteLines("mentions.jsonl",
        [
            .. BrandTalk.Negative.Select((_, i) => new MentionLine($"neg-{i}", "zephyr", "twitter", BrandTalk.Of(BrandTalk.Negative, i, "Zephyr"), At).ToJson()),
            .. BrandTalk.Positive.Select((_, i) => new MentionLine($"pos-{i}", "zephyr", "twitter", BrandTalk.Of(BrandTalk.Positive, i, "Zephyr"), At).ToJson()),
        ]);
        var builtIn = Labels(await CliRun.InProcess("score", "--input", mentions));
        var custom = Labels(await CliRun.InProcess("score", "--input", mentions, "--model", model));

        Assert.All(builtIn.Where(p => p.Key.StartsWith("neg", StringComparison.Ordinal)), p => Assert.Equal("negative", p.Value));
        Assert.All(builtIn.Where(p => p.Key.StartsWith("pos", StringComparison.Ordinal)), p => Assert.Equal("positive", p.Value));
        var flipped = custom.Count(p => p.Value == (p.Key.StartsWith("neg", StringComparison.Ordinal) ? "positive" : "negative"));
        Assert.True(flipped >= custom.Count * 0.8, string.Join(", ", custom));
    }

    [Fact]
    public async Task A_malformed_tsv_is_refused_with_its_line_as_a_process()
    {
        var data = folder.WriteLines("bad.tsv", ["negative\tThe app is down again", "positive\tLovely crew", "this line has no tab", "neutral\tok"]);

        var result = await CliRun.Process(["train", "--data", data, "--output", folder.File("model.zip")]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("line 3", result.Err);
        Assert.Contains("no tab", result.Err);
        Assert.False(File.Exists(folder.File("model.zip")));
    }

    [Fact]
    public async Task An_unknown_label_is_refused_with_its_line()
    {
        var data = folder.WriteLines("bad.tsv", ["negative\tThe app is down again", "great\tLovely crew"]);

        var result = await CliRun.InProcess("train", "--data", data, "--output", folder.File("model.zip"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("line 2: unknown label 'great'", result.Err);
    }

    /// <summary>The shipped model is trained this way: every .tsv of a folder (here split over two files, one of them Dutch).</summary>
    [Fact]
    public async Task A_folder_of_tsv_files_trains_on_all_of_them()
    {
        var lines = Tsv(inverted: false).Skip(1).ToList();
        var data = System.IO.Path.Combine(folder.Path, "corpus");
        Directory.CreateDirectory(data);
        File.WriteAllLines(System.IO.Path.Combine(data, "a.tsv"), lines.Take(lines.Count / 2));
        File.WriteAllLines(System.IO.Path.Combine(data, "b.tsv"), [.. lines.Skip(lines.Count / 2), "negative\tnl\tWaardeloos, nooit meer", "positive\tnl\tDikke merci, top geregeld"]);
        File.WriteAllText(System.IO.Path.Combine(data, "notes.txt"), "not a tsv, ignored");

        var trained = await CliRun.InProcess("train", "--data", data, "--output", folder.File("folder.zip"));

        Assert.True(trained.ExitCode == 0, trained.ToString());
        Assert.Contains($"read {lines.Count + 2} examples", trained.Err);
        Assert.True(File.Exists(folder.File("folder.zip")));
    }

    private static Dictionary<string, string> Labels(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.OutLines.Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("sentiment").GetProperty("label").GetString()!);
    }

    public void Dispose() => folder.Dispose();
}
