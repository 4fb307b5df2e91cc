namespace Reputation.Cli.Commands;

/// <summary>
/// The standard streams of one invocation: the process's own when run from a shell, writers of their own
/// when a test runs the commands in-process. Commands never touch <see cref="Console"/> directly.
/// </summary>
/// <param name="Interactive">Standard error is a terminal, so progress can be redrawn in place.</param>
internal sealed record CliConsole(TextReader In, TextWriter Out, TextWriter Error, bool Interactive)
{
    public static CliConsole Process() => new(Console.In, Console.Out, Console.Error, !Console.IsErrorRedirected);
}
