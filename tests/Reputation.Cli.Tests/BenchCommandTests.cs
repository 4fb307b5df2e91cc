using System.Text.Json;

namespace Reputation.Cli.Tests;

/// <summary>`reputation bench` on a small load: the real server, its embedded Kafka, a SignalR client and a webhook receiver.</summary>
public sealed class BenchCommandTests
{
    [Fact]
    public async Task A_small_run_counts_every_mention_and_times_each_fake_release_on_both_channels()
    {
        using var folder = new TempFolder();
        var json = folder.File("bench.json");

        var result = await CliRun.Process([
            "bench", "--server-dll", CliRun.Built("Reputation.Server", "Reputation.Server.dll"),
            "--mentions", "3000", "--rate", "1000", "--brands", "30", "--alerts", "2", "--warm-up-rounds", "3", "--json", json,
        ]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("after the first quarter:", result.Out);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var root = report.RootElement;
        // Every mention and fake release produced was counted by the grains, at a positive rate.
        Assert.Equal(3002, root.GetProperty("Produced").GetInt64());
        Assert.True(root.GetProperty("EndToEndPerSecond").GetDouble() > 0);
        Assert.True(root.GetProperty("AfterFirstQuarterPerSecond").GetDouble() > 0);
        Assert.True(root.GetProperty("CpuMicrosecondsPerMention").GetDouble() > 0);
        Assert.InRange(root.GetProperty("MentionsPerBrandCall").GetDouble(), 1, 3002);
        // The plain consumer read as many such messages from a broker of the bench's own.
        Assert.Equal(3002, root.GetProperty("RawConsumeMessages").GetInt64());
        Assert.True(root.GetProperty("RawConsumePerSecond").GetDouble() > 0);
        // Only the two timed releases are in the latencies: the warm-up's own releases (to brands of their own) are not.
        Assert.Equal(2, root.GetProperty("AlertsInjected").GetInt32());
        Assert.Equal(2, root.GetProperty("SignalRMs").GetProperty("Count").GetInt32());
        Assert.Equal(2, root.GetProperty("WebhookMs").GetProperty("Count").GetInt32());
        Assert.True(root.GetProperty("SignalRMs").GetProperty("P99").GetDouble() > 0);
    }
}
