using System.CommandLine;
using System.Text.Json;
using Reputation.Abstractions.Json;
using Reputation.Abstractions.Mentions;
using Reputation.Cli.Replay;

namespace Reputation.Cli.Commands;

/// <summary>
/// <c>reputation replay</c>: runs mentions, in publishedAt order, through the full live pipeline (scoring,
/// brand grains, detectors, alert lifecycle) on an in-process silo with the clock driven by the data, and
/// writes every alert raised or updated (contract section 5).
/// </summary>
internal static class ReplayCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Option<FileInfo>("--input", "-i") { Description = "JSONL file of mentions; - for standard input.", Required = true };
        var brands = new Option<FileInfo?>("--brands") { Description = "JSON array of Brand objects to register first." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Output JSONL of alerts (default: standard output)." };

        var command = new Command("replay", "Replay mentions through the live pipeline with the data's clock and write every alert raised or updated.")
        {
            input, brands, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            var profiles = BrandsFile.Read(parse.GetValue(brands), console.Error, out var brandsFailure);
            if (profiles is null)
            {
                return brandsFailure;
            }

            var file = parse.GetValue(input)!;
            if (file.Name != "-" && !file.Exists)
            {
                await console.Error.WriteLineAsync($"error: input file not found: {file.FullName}");
                return CliIo.ExitCodes.InputMissing;
            }

            var rejected = 0;
            List<Mention> mentions;
            using (var reader = CliIo.OpenInput(file, console))
            {
                // The parser's "not in the future" rule is about the wall clock; a backtest's data is its own clock.
                var parser = new MentionParser(new FixedClock(DateTimeOffset.MaxValue.AddYears(-1)));
                mentions = [.. JsonLines.ReadMentions(reader, parser, console.Error, () => rejected++)];
            }

            await using var writer = CliIo.OpenOutput(parse.GetValue(output), console);
            using var progress = new Progress("replay", console);
            await using var pipeline = await ReplayPipeline.StartAsync(profiles, ct);
            var alerts = await pipeline.RunAsync(mentions, (done, _) => progress.Report(done, rejected), ct);
            foreach (var alert in alerts)
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(alert, ContractJson.Options));
            }

            progress.Done($"{mentions.Count} mentions replayed, {alerts.Count} alert changes, {rejected} lines rejected");
            return rejected > 0 ? CliIo.ExitCodes.SomeLinesRejected : CliIo.ExitCodes.Ok;
        });
        return command;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
