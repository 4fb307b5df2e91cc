using System.CommandLine;
using Reputation.Detection.Backtest;

namespace Reputation.Cli.Commands;

/// <summary><c>reputation detect</c>: the live negative-spike detector over a <c>timestamp,value</c> series.</summary>
internal static class DetectCommandLine
{
    public static Command Create(CliConsole console)
    {
        var input = new Option<FileInfo>("--input", "-i") { Description = "CSV with header timestamp,value; - for standard input.", Required = true };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Output CSV timestamp,value,anomaly_score,alert (default: standard output)." };

        var command = new Command("detect", "Run the live negative-spike detector, with its default settings, over a time series.") { input, output };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(input)!;
            if (file.Name != "-" && !file.Exists)
            {
                console.Error.WriteLine($"error: input file not found: {file.FullName}");
                return CliIo.ExitCodes.InputMissing;
            }

            using var reader = CliIo.OpenInput(file, console);
            using var writer = CliIo.OpenOutput(parse.GetValue(output), console);
            // The detector's own codes (1: some lines rejected, 2: unusable input) in the CLI's convention.
            return DetectCommand.Run(reader, writer, console.Error) switch
            {
                0 => CliIo.ExitCodes.Ok,
                1 => CliIo.ExitCodes.SomeLinesRejected,
                _ => CliIo.ExitCodes.DataError,
            };
        });
        return command;
    }
}
