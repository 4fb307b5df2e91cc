namespace Reputation.Cli.Commands;

/// <summary>Files or standard streams, as every backtest command takes them (contract section 5).</summary>
internal static class CliIo
{
    public static TextReader OpenInput(FileInfo? path, CliConsole console) =>
        path is null || path.Name == "-" ? console.In : new StreamReader(path.FullName, System.Text.Encoding.UTF8);

    public static TextWriter OpenOutput(FileInfo? path, CliConsole console)
    {
        if (path is null || path.Name == "-")
        {
            return console.Out;
        }

        if (path.Directory is { Exists: false } dir)
        {
            dir.Create();
        }

        return new StreamWriter(path.FullName, append: false, new System.Text.UTF8Encoding(false));
    }

    /// <summary>Exit codes scripts can rely on.</summary>
    public static class ExitCodes
    {
        public const int Ok = 0;
        /// <summary>Finished, but some input lines were rejected (each named on standard error).</summary>
        public const int SomeLinesRejected = 2;
        public const int UsageError = 64;
        /// <summary>The input cannot be used at all (e.g. a CSV without its header).</summary>
        public const int DataError = 65;
        public const int InputMissing = 66;
        public const int Unavailable = 69;
    }
}
