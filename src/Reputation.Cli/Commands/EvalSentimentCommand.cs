using System.CommandLine;
using Reputation.Sentiment.Evaluation;
using Reputation.Sentiment.Language;
using Reputation.Sentiment.Model;
using Reputation.Sentiment.Training;

namespace Reputation.Cli.Commands;

/// <summary><c>reputation eval-sentiment</c>: macro-F1 on every labelled set of an evaluation folder.</summary>
internal static class EvalSentimentCommand
{
    public static Command Create(CliConsole console)
    {
        var eval = new Option<DirectoryInfo>("--eval") { Description = "The evaluation folder (e.g. ../shared/eval/sentiment).", DefaultValueFactory = _ => new DirectoryInfo("../shared/eval/sentiment") };
        var model = new Option<FileInfo?>("--model") { Description = "A model trained with `reputation train` (default: the built-in model)." };

        var command = new Command("eval-sentiment", "Print macro-F1 of the sentiment model on every set of an evaluation folder.") { eval, model };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(eval)!;
            if (!folder.Exists)
            {
                console.Error.WriteLine($"error: evaluation folder not found: {folder.FullName}");
                return CliIo.ExitCodes.InputMissing;
            }

            var scorer = ModelFile.Load(parse.GetValue(model), console.Error, out var failure);
            return scorer is null ? failure : SentimentEvaluation.Run(folder.FullName, scorer, console.Out);
        });
        return command;
    }
}
