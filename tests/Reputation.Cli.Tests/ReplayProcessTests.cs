using Reputation.Abstractions.Alerts;

namespace Reputation.Cli.Tests;

/// <summary>`reputation replay` as its own process: alerts on standard output, rejected lines on standard error, exit codes.</summary>
public sealed class ReplayProcessTests : IDisposable
{
    private static readonly DateTimeOffset FakeAt = new(2016, 11, 22, 15, 5, 12, TimeSpan.Zero);
    private readonly TempFolder folder = new();

    [Fact]
    public async Task Alerts_go_to_standard_output_and_a_rejected_line_gives_exit_code_2()
    {
        var input = folder.WriteLines("mentions.jsonl",
        [
            new MentionLine("tw-1800917713", "vinci", "twitter", "VINCI annonce une révision de ses comptes et le licenciement de son directeur financier",
                FakeAt, Url: "https://vinci.group/communique-2016-11-22", Handle: "@vinci_press", Followers: 311, Shares: 48).ToJson(),
            """{"id":"broken","brand":"vinci","source":"twitter","text":"","publishedAt":"2016-11-22T15:06:00Z"}""",
        ]);

        var result = await CliRun.Process(["replay", "--input", input, "--brands", folder.Write("brands.json", Replays.VinciBrands)]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(result.ErrLines, l => l.StartsWith("line 2: ", StringComparison.Ordinal));
        var alert = Assert.Single(Replays.ReadAlerts(result.OutLines));
        Assert.Equal(AlertType.SuspectPressRelease, alert.Type);
        Assert.Equal("tw-1800917713", alert.Evidence[0].MentionId);
    }

    [Fact]
    public async Task A_missing_input_file_exits_66()
    {
        var result = await CliRun.InProcess("replay", "--input", folder.File("none.jsonl"));

        Assert.Equal(66, result.ExitCode);
        Assert.StartsWith("error: input file not found: ", result.Err);
    }

    public void Dispose() => folder.Dispose();
}
