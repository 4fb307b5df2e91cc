using System.Text.Json;
using Reputation.Abstractions.Alerts;

namespace Reputation.Cli.Tests;

/// <summary>
/// The VINCI fake press release of 22 November 2016: a release from the lookalike vinci.group, relayed by
/// newswires and news sites, then denied by VINCI. Replayed, it is one suspect-press-release alert raised
/// at the first mention, updated by the relays and resolved by the denial; `score` agrees on what is suspect.
/// </summary>
public sealed class VinciFakeReleaseTests : IDisposable
{
    private static readonly DateTimeOffset FakeAt = new(2016, 11, 22, 15, 5, 12, TimeSpan.Zero);
    private readonly TempFolder folder = new();

    private static List<MentionLine> Scenario()
    {
        var stream = new MentionStream("vinci", "VINCI", seed: 16)
            .Ordinary(FakeAt.AddHours(-3), TimeSpan.FromHours(4), perHour: 20, negativeShare: 0.1);
        stream
            .Add(new MentionLine("tw-1800917713", "vinci", "twitter",
                "VINCI annonce une révision de ses comptes et le licenciement de son directeur financier", FakeAt,
                Url: "https://vinci.group/communique-2016-11-22", Handle: "@vinci_press", Followers: 311, Shares: 48))
            .Add(new MentionLine("nw-1", "vinci", "newswire", "VINCI SAYS IT IS REVISING ITS 2015 AND H1 2016 ACCOUNTS, DISMISSES CFO",
                FakeAt.AddMinutes(1), Handle: "@MarketFlashWire", Followers: 120_000, Verified: true))
            .Add(new MentionLine("rt-1", "vinci", "twitter", "RT @vinci_press: VINCI annonce une révision de ses comptes",
                FakeAt.AddMinutes(2), Handle: "@trader_lyon", ReshareOf: "tw-1800917713"))
            .Add(new MentionLine("news-1", "vinci", "news", "Le titre VINCI chute de 18% après l'annonce du licenciement du directeur financier",
                FakeAt.AddMinutes(4), Url: "https://www.eco-flash.fr/vinci", Handle: "@ecoflash", Followers: 40_000))
            .Add(new MentionLine("denial-1", "vinci", "twitter",
                "VINCI dément formellement le faux communiqué de presse diffusé ce jour, qui n'émane pas de VINCI.",
                FakeAt.AddMinutes(28), Url: "https://www.vinci.com/vinci.nsf/fr/communiques", Handle: "@VINCI", Followers: 95_000, Verified: true));
        return stream.Mentions;
    }

    [Fact]
    public async Task The_fake_release_is_one_alert_raised_at_once_updated_by_relays_and_resolved_by_the_denial()
    {
        var alerts = await Replays.Run(folder, Scenario().OrderBy(m => m.PublishedAt).Select(m => m.ToJson()), Replays.VinciBrands);

        var incident = Assert.Single(alerts.Where(a => a.Type == AlertType.SuspectPressRelease).GroupBy(a => a.Id));
        var versions = incident.OrderBy(a => a.Version).ToList();
        var raised = versions[0];
        Assert.Equal(FakeAt, raised.RaisedAt);
        Assert.Equal(AlertStatus.Open, raised.Status);
        Assert.Equal("tw-1800917713", raised.Evidence[0].MentionId);
        Assert.Contains(raised.Reasons, r => r.Contains("vinci.group", StringComparison.Ordinal));

        Assert.Contains(versions, a => a.Status == AlertStatus.Open && a.Metrics.Relays >= 1 && a.Evidence.Any(e => e.MentionId == "nw-1"));
        var last = versions[^1];
        Assert.Equal(AlertStatus.Resolved, last.Status);
        Assert.Equal(FakeAt.AddMinutes(28), last.UpdatedAt);
        // The denial is named in the history, and the denial mention itself becomes evidence of the resolved alert.
        Assert.Contains(last.History, h => h.Change.Contains("denied by @VINCI", StringComparison.Ordinal));
        Assert.Contains(last.Evidence, e => e.MentionId == "denial-1");
        Assert.Equal("tw-1800917713", last.Evidence[0].MentionId);
    }

    [Fact]
    public async Task Score_marks_suspect_the_mentions_that_start_the_replayed_alert()
    {
        var lines = Scenario().OrderBy(m => m.PublishedAt).Select(m => m.ToJson()).ToList();
        var input = folder.WriteLines("mentions.jsonl", lines);
        var brands = folder.Write("brands.json", Replays.VinciBrands);

        var scored = await CliRun.InProcess("score", "--input", input, "--brands", brands);
        var alerts = await Replays.Run(folder, lines, Replays.VinciBrands);

        Assert.Equal(0, scored.ExitCode);
        var suspect = scored.OutLines.Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.GetProperty("pressRelease").GetProperty("suspect").GetBoolean())
            .Select(e => e.GetProperty("id").GetString()!).ToList();
        var raised = alerts.Where(a => a.Type == AlertType.SuspectPressRelease).MinBy(a => a.Version)!;
        Assert.NotEmpty(suspect);
        Assert.Equal(suspect[0], raised.Evidence[0].MentionId);
        Assert.All(suspect, id => Assert.Contains(id, alerts.SelectMany(a => a.Evidence).Select(e => e.MentionId)));
        Assert.DoesNotContain(suspect, id => id.StartsWith("vinci-", StringComparison.Ordinal));
    }

    public void Dispose() => folder.Dispose();
}
