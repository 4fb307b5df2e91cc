using System.Text.Json;

namespace Reputation.Cli.Tests;

/// <summary>The scenarios rely on the real model reading their texts as intended; `score` checks it on every text.</summary>
public sealed class BrandTalkTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Score_reads_every_scenario_text_with_its_intended_sentiment()
    {
        var pools = new (string Label, string[] Texts)[]
        {
            ("negative", BrandTalk.Negative), ("neutral", BrandTalk.Neutral), ("positive", BrandTalk.Positive), ("positive", BrandTalk.Campaign),
        };
        var expected = new Dictionary<string, string>();
        var lines = new List<string>();
        foreach (var (label, texts) in pools)
        {
            for (var i = 0; i < texts.Length; i++)
            {
                var id = $"{label}-{lines.Count}";
                expected[id] = label;
                lines.Add(new MentionLine(id, "aerolia", "twitter", BrandTalk.Of(texts, i, "Aerolia"), new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero)).ToJson());
            }
        }

        var result = await CliRun.InProcess("score", "--input", folder.WriteLines("talk.jsonl", lines));

        Assert.Equal(0, result.ExitCode);
        var labels = result.OutLines.Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("sentiment").GetProperty("label").GetString()!);
        Assert.Equal(expected, labels);
    }

    public void Dispose() => folder.Dispose();
}
