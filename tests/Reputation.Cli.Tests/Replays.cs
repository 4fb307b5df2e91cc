using System.Text.Json;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Json;

namespace Reputation.Cli.Tests;

/// <summary>Runs `reputation replay` in-process over generated mentions and reads its alerts back as contract alerts.</summary>
public static class Replays
{
    public const string VinciBrands = """
        [{"id":"vinci","name":"VINCI","aliases":["Vinci SA","#VINCI"],"officialDomains":["vinci.com"],"officialHandles":["@VINCI"],"competitors":["eiffage","bouygues"],"languages":["fr","en"]}]
        """;

    public static async Task<List<Alert>> Run(TempFolder folder, IEnumerable<string> lines, string? brandsJson = null)
    {
        var input = folder.WriteLines("mentions.jsonl", lines);
        var output = folder.File("alerts.jsonl");
        List<string> args = ["replay", "--input", input, "--output", output];
        if (brandsJson is not null)
        {
            args.AddRange(["--brands", folder.Write("brands.json", brandsJson)]);
        }

        var result = await CliRun.InProcess([.. args]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return ReadAlerts(File.ReadAllLines(output));
    }

    public static List<Alert> ReadAlerts(IEnumerable<string> lines) =>
        [.. lines.Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<Alert>(l, ContractJson.Options)!)];

    public static string Describe(IEnumerable<Alert> alerts) =>
        string.Join("\n", alerts.Select(a => $"{a.Type} {a.Id} v{a.Version} {a.Status} {a.Severity} raised {a.RaisedAt:O} updated {a.UpdatedAt:O}: {a.Title}"));
}
