using Reputation.Sentiment.Model;

namespace Reputation.Cli.Commands;

/// <summary>Reads <c>--model</c>: a model written by <c>reputation train</c>, or the built-in one when none is given.</summary>
internal static class ModelFile
{
    /// <returns>The model, or null after naming the problem on <paramref name="errors"/> (<paramref name="exitCode"/> says which).</returns>
    public static SentimentModel? Load(FileInfo? file, TextWriter errors, out int exitCode)
    {
        exitCode = CliIo.ExitCodes.Ok;
        if (file is null)
        {
            return SentimentModel.LoadDefault();
        }

        if (!file.Exists)
        {
            errors.WriteLine($"error: model file not found: {file.FullName}");
            exitCode = CliIo.ExitCodes.InputMissing;
            return null;
        }

        try
        {
            return SentimentModel.Load(file.FullName);
        }
        // ML.NET reports a file that is not a model archive as a FormatException, a wrong model as InvalidDataException.
        catch (Exception ex) when (ex is FormatException or InvalidDataException or IOException or InvalidOperationException)
        {
            errors.WriteLine($"error: {file.Name} is not a sentiment model written by `reputation train`: {ex.Message}");
            exitCode = CliIo.ExitCodes.DataError;
            return null;
        }
    }
}
