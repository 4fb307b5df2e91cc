using System.CommandLine;
using System.Text.Json;
using Reputation.Abstractions.Json;
using Reputation.Abstractions.Mentions;
using Reputation.Scoring;
using Reputation.Sentiment.Evaluation;
using Reputation.Sentiment.Language;
using Reputation.Sentiment.Model;
using Reputation.Sentiment.Training;
using Reputation.TweetRisk;

namespace Reputation.Cli.Commands;

/// <summary><c>reputation score</c>: one line per mention with its language, sentiment and tweet risk (contract section 5).</summary>
internal static class ScoreCommand
{
    public static Command Create(CliConsole console)
    {
        var input = new Option<FileInfo>("--input", "-i") { Description = "JSONL file of mentions; - for standard input.", Required = true };
        var brands = new Option<FileInfo?>("--brands") { Description = "JSON array of Brand objects (official domains and handles for tweet risk)." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Output JSONL file (default: standard output)." };
        var model = new Option<FileInfo?>("--model") { Description = "A sentiment model trained with `reputation train` (default: the built-in model)." };

        var command = new Command("score", "Score every mention of a JSONL file: language, sentiment, and whether it is a suspect press release.")
        {
            input, brands, output, model,
        };
        command.SetAction(parse =>
        {
            var profiles = BrandsFile.Read(parse.GetValue(brands), console.Error, out var brandsFailure);
            if (profiles is null)
            {
                return brandsFailure;
            }

            var file = parse.GetValue(input)!;
            if (file.Name != "-" && !file.Exists)
            {
                console.Error.WriteLine($"error: input file not found: {file.FullName}");
                return CliIo.ExitCodes.InputMissing;
            }

            var sentiment = ModelFile.Load(parse.GetValue(model), console.Error, out var modelFailure);
            if (sentiment is null)
            {
                return modelFailure;
            }

            var scorer = new MentionScorer(sentiment, LanguageDetector.Shared, new PressReleaseAnalyzer(), new StaticBrandProfiles(profiles));
            return Run(file, parse.GetValue(output), scorer, console);
        });
        return command;
    }

    private static int Run(FileInfo input, FileInfo? outputFile, MentionScorer scorer, CliConsole console)
    {
        var rejected = 0;
        var scored = 0;
        using var reader = CliIo.OpenInput(input, console);
        using var writer = CliIo.OpenOutput(outputFile, console);
        using var progress = new Progress("score", console);
        foreach (var mention in JsonLines.ReadMentions(reader, new MentionParser(TimeProvider.System), console.Error, () => rejected++))
        {
            var result = scorer.Score(mention, DateTimeOffset.UtcNow);
            writer.WriteLine(JsonSerializer.Serialize(ScoreLine.From(result), ContractJson.Options));
            progress.Report(++scored, rejected);
        }

        writer.Flush();
        progress.Done($"{scored} mentions scored, {rejected} lines rejected");
        return rejected > 0 ? CliIo.ExitCodes.SomeLinesRejected : CliIo.ExitCodes.Ok;
    }

    /// <summary>The output line of contract section 5.</summary>
    internal sealed record ScoreLine(string Id, string Lang, SentimentPart Sentiment, PressReleasePart PressRelease)
    {
        public static ScoreLine From(ScoredMention s) => new(
            s.Mention.Id,
            s.Language,
            new SentimentPart(s.Sentiment.Label.ToString().ToLowerInvariant(), Math.Round(s.Sentiment.Score, 4)),
            new PressReleasePart(s.PressRelease?.Suspect ?? false, Math.Round(s.PressRelease?.Risk ?? 0, 4), s.PressRelease?.Reasons ?? []));
    }

    internal sealed record SentimentPart(string Label, double Score);

    internal sealed record PressReleasePart(bool Suspect, double Risk, IReadOnlyList<string> Reasons);
}
