using System.CommandLine;
using Reputation.Cli.Commands;

namespace Reputation.Cli;

/// <summary>The `reputation` command line, runnable against any set of standard streams (Program.cs passes the process's).</summary>
internal static class CliApp
{
    public static RootCommand Create(CliConsole console) =>
        new("Reputation: real-time brand reputation and tweet-risk monitoring. Backtest commands run the live service's code.")
        {
            ProduceCommand.Create(console),
            ScoreCommand.Create(console),
            DetectCommandLine.Create(console),
            ReplayCommand.Create(console),
            TrainCommand.Create(console),
            EvalSentimentCommand.Create(console),
            KafkaCommand.Create(console),
            BenchCommand.Create(console),
        };

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken ct = default)
    {
        var parse = Create(console).Parse(args);
        var code = await parse.InvokeAsync(new InvocationConfiguration { Output = console.Out, Error = console.Error }, ct);
        // System.CommandLine reports a command line it cannot parse with 1, which scripts cannot tell from a failure.
        return parse.Errors.Count > 0 ? CliIo.ExitCodes.UsageError : code;
    }
}
