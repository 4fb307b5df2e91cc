using System.Diagnostics;

namespace Reputation.Cli.Commands;

/// <summary>
/// Counts and elapsed time on long work, redrawn in place on a terminal; silent when standard error is
/// redirected (scripts and CI), except for the closing line.
/// </summary>
internal sealed class Progress(string task, CliConsole console) : IDisposable
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly bool interactive = console.Interactive;
    private long lastDraw;
    private bool done;

    public void Report(long processed, long rejected = 0, string? detail = null)
    {
        if (!interactive || clock.ElapsedMilliseconds - lastDraw < 200)
        {
            return;
        }

        lastDraw = clock.ElapsedMilliseconds;
        var rate = processed / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        console.Error.Write($"\r{task}: {processed:N0} done, {rejected:N0} rejected, {rate:N0}/s, {clock.Elapsed:mm\\:ss}{(detail is null ? "" : " " + detail)}   ");
    }

    public void Done(string summary)
    {
        done = true;
        if (interactive)
        {
            console.Error.Write("\r" + new string(' ', Math.Min(Console.WindowWidth - 1, 120)) + "\r");
        }

        console.Error.WriteLine($"{task}: {summary} in {clock.Elapsed.TotalSeconds:N1} s");
    }

    public void Dispose()
    {
        if (!done && interactive)
        {
            console.Error.WriteLine();
        }
    }
}
