using System.Text.Json;

namespace Reputation.Cli.Tests;

/// <summary>`reputation score`: one contract line per valid mention, bad lines named on standard error.</summary>
public sealed class ScoreCommandTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly string[] Labels = ["negative", "neutral", "positive"];
    private readonly TempFolder folder = new();

    /// <summary>Lines 2, 4, 5 and 7 are bad: not JSON, no text, an invalid brand, published in the future.</summary>
    private static List<string> MixedInput() =>
    [
        new MentionLine("m-1", "aerolia", "twitter", BrandTalk.Of(BrandTalk.Negative, 0, "Aerolia"), At).ToJson(),
        "{not json",
        new MentionLine("m-2", "aerolia", "twitter", BrandTalk.Of(BrandTalk.Positive, 4, "Aerolia"), At).ToJson(),
        """{"id":"m-bad-1","brand":"aerolia","source":"twitter","publishedAt":"2026-03-02T10:00:00Z"}""",
        new MentionLine("m-bad-2", "Aerolia Airlines", "twitter", "hello", At).ToJson(),
        new MentionLine("m-3", "aerolia", "news", BrandTalk.Of(BrandTalk.Neutral, 4, "Aerolia"), At).ToJson(),
        new MentionLine("m-bad-3", "aerolia", "twitter", "From the future", DateTimeOffset.UtcNow.AddDays(2)).ToJson(),
        "",
        new MentionLine("m-4", "aerolia", "forum", BrandTalk.Of(BrandTalk.Neutral, 0, "Aerolia"), At).ToJson(),
    ];

    [Fact]
    public async Task Every_valid_line_gives_one_contract_line_and_every_bad_line_is_named()
    {
        var result = await CliRun.InProcess("score", "--input", folder.WriteLines("in.jsonl", MixedInput()));

        Assert.Equal(2, result.ExitCode);
        var lines = result.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["m-1", "m-2", "m-3", "m-4"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.All(lines, AssertContractShape);
        Assert.Equal(["en", "fr", "fr", "en"], lines.Select(l => l.GetProperty("lang").GetString()));
        Assert.Equal(["negative", "positive", "neutral", "neutral"], lines.Select(l => l.GetProperty("sentiment").GetProperty("label").GetString()));

        var named = result.ErrLines.Where(l => l.StartsWith("line ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["line 2", "line 4", "line 5", "line 7"], named.Select(l => l[..l.IndexOf(':')]));
        Assert.All(named, l => Assert.True(l.Length > "line 2: ".Length + 10, l));
        Assert.Contains(named, l => l.StartsWith("line 7:", StringComparison.Ordinal) && l.Contains("future", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_file_without_bad_lines_exits_0_and_writes_to_the_output_file()
    {
        var output = folder.File("out/scored.jsonl");
        var input = folder.WriteLines("in.jsonl", MixedInput().Where((_, i) => i is 0 or 2 or 5));

        var result = await CliRun.InProcess("score", "--input", input, "--output", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.DoesNotContain(result.ErrLines, l => l.StartsWith("line ", StringComparison.Ordinal));
        Assert.Equal(3, File.ReadAllLines(output).Length);
    }

    [Fact]
    public async Task With_the_brands_file_a_fake_release_from_a_lookalike_domain_is_suspect_and_the_genuine_one_is_not()
    {
        var input = folder.WriteLines("in.jsonl",
        [
            new MentionLine("fake", "vinci", "twitter", "VINCI annonce une révision de ses comptes et le licenciement de son directeur financier", At,
                Url: "https://vinci.group/communique-2016-11-22", Handle: "@vinci_press", Followers: 311, Shares: 48).ToJson(),
            new MentionLine("genuine", "vinci", "newswire", "VINCI annonce la signature du contrat de concession de l'aéroport de Lisbonne",
                At, Url: "https://www.vinci.com/vinci.nsf/fr/communiques/aeroport-lisbonne", Handle: "@VINCI", Followers: 95_000, Verified: true).ToJson(),
        ]);

        var result = await CliRun.InProcess("score", "--input", input, "--brands", folder.Write("brands.json", Replays.VinciBrands));

        Assert.Equal(0, result.ExitCode);
        var byId = result.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("pressRelease"));
        Assert.True(byId["fake"].GetProperty("suspect").GetBoolean());
        Assert.Contains(byId["fake"].GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("vinci.group resembles vinci.com", StringComparison.Ordinal));
        Assert.False(byId["genuine"].GetProperty("suspect").GetBoolean());
        Assert.True(byId["fake"].GetProperty("risk").GetDouble() > byId["genuine"].GetProperty("risk").GetDouble());
    }

    [Fact]
    public async Task A_brands_file_that_is_not_json_is_a_clear_error()
    {
        var result = await CliRun.InProcess("score", "--input", folder.WriteLines("in.jsonl", MixedInput()), "--brands", folder.Write("brands.json", "{oops"));

        Assert.Equal(65, result.ExitCode);
        Assert.Contains("brands.json is not a JSON array of brands", result.Err);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task A_missing_model_file_is_a_clear_error_not_a_stack_trace()
    {
        var result = await CliRun.InProcess("score", "--input", folder.WriteLines("in.jsonl", MixedInput()), "--model", folder.File("none.zip"));

        Assert.Equal(66, result.ExitCode);
        Assert.StartsWith("error: model file not found: ", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
    }

    [Fact]
    public async Task A_file_that_is_not_a_model_is_a_clear_error_as_a_process()
    {
        var result = await CliRun.Process(["score", "--input", folder.WriteLines("in.jsonl", MixedInput()), "--model", folder.Write("model.zip", "not a zip")]);

        Assert.Equal(65, result.ExitCode);
        Assert.StartsWith("error: model.zip is not a sentiment model written by `reputation train`", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task As_a_process_it_reads_standard_input_and_exits_2_on_rejected_lines()
    {
        var result = await CliRun.Process(["score", "--input", "-"], string.Join("\n", MixedInput()) + "\n");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(4, result.OutLines.Count);
        Assert.All(result.OutLines.Select(l => JsonDocument.Parse(l).RootElement), AssertContractShape);
        Assert.Contains(result.ErrLines, l => l.StartsWith("line 2: ", StringComparison.Ordinal));
        Assert.Contains(result.ErrLines, l => l.StartsWith("line 7: ", StringComparison.Ordinal));
    }

    private static void AssertContractShape(JsonElement line)
    {
        Assert.Equal(["id", "lang", "sentiment", "pressRelease"], line.EnumerateObject().Select(p => p.Name));
        var sentiment = line.GetProperty("sentiment");
        Assert.Equal(["label", "score"], sentiment.EnumerateObject().Select(p => p.Name));
        Assert.Contains(sentiment.GetProperty("label").GetString(), Labels);
        Assert.InRange(sentiment.GetProperty("score").GetDouble(), -1, 1);
        var release = line.GetProperty("pressRelease");
        Assert.Equal(["suspect", "risk", "reasons"], release.EnumerateObject().Select(p => p.Name));
        Assert.InRange(release.GetProperty("risk").GetDouble(), 0, 1);
        Assert.Equal(JsonValueKind.Array, release.GetProperty("reasons").ValueKind);
        Assert.Equal(2, line.GetProperty("lang").GetString()!.Length);
    }

    public void Dispose() => folder.Dispose();
}
