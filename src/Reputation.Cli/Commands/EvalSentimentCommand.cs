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
        var labelled = new Option<FileInfo[]>("--labelled")
        {
            Description = "Also score a labelled TSV in the `train` format (label<TAB>lang<TAB>text), 3-class macro-F1; repeatable. "
                + "The Dutch test set: tests/Reputation.Sentiment.Tests/Data/nl-mentions.tsv.",
        };

        var command = new Command("eval-sentiment", "Print macro-F1 of the sentiment model on every set of an evaluation folder.") { eval, model, labelled };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(eval)!;
            var files = parse.GetValue(labelled) ?? [];
            // With --labelled files the evaluation folder is optional: the Dutch set can be scored without ../shared.
            if (!folder.Exists && (files.Length == 0 || parse.GetResult(eval) is { Implicit: false }))
            {
                console.Error.WriteLine($"error: evaluation folder not found: {folder.FullName}");
                return CliIo.ExitCodes.InputMissing;
            }
            if (files.FirstOrDefault(f => !f.Exists) is { } missing)
            {
                console.Error.WriteLine($"error: labelled file not found: {missing.FullName}");
                return CliIo.ExitCodes.InputMissing;
            }

            var scorer = ModelFile.Load(parse.GetValue(model), console.Error, out var failure);
            return scorer is null ? failure
                : SentimentEvaluation.Run(folder.Exists ? folder.FullName : null, scorer, console.Out, [.. files.Select(f => f.FullName)]);
        });
        return command;
    }
}
