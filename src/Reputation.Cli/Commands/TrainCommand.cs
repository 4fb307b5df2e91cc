using System.CommandLine;
using Reputation.Sentiment.Evaluation;
using Reputation.Sentiment.Language;
using Reputation.Sentiment.Model;
using Reputation.Sentiment.Training;

namespace Reputation.Cli.Commands;

/// <summary><c>reputation train</c>: trains a sentiment model on a customer's own labelled mentions.</summary>
internal static class TrainCommand
{
    public static Command Create(CliConsole console)
    {
        var data = new Option<FileInfo>("--data", "-d") { Description = "TSV of labelled mentions, or a folder whose .tsv files are all read: label<TAB>text or label<TAB>lang<TAB>text (label: negative/neutral/positive or -1/0/1).", Required = true };
        var output = new Option<FileInfo>("--output", "-o") { Description = "Where to write the model (a .zip the server loads from Sentiment:ModelPath).", Required = true };

        var command = new Command("train", "Train a sentiment model on your own labelled mentions.") { data, output };
        command.SetAction(parse =>
        {
            var file = parse.GetValue(data)!;
            // A folder trains on all its .tsv files: the shipped model is `--data src/Reputation.Sentiment/Corpus`.
            if (!file.Exists && !Directory.Exists(file.FullName))
            {
                console.Error.WriteLine($"error: data file not found: {file.FullName}");
                return CliIo.ExitCodes.InputMissing;
            }

            return SentimentTraining.Run(file.FullName, parse.GetValue(output)!.FullName, console.Error);
        });
        return command;
    }
}
