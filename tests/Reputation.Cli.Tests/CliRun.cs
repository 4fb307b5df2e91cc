using System.Diagnostics;
using Reputation.Cli;
using Reputation.Cli.Commands;

namespace Reputation.Cli.Tests;

/// <summary>What one run of the command line left: its exit code and everything it wrote.</summary>
public sealed record CliResult(int ExitCode, string Out, string Err)
{
    public IReadOnlyList<string> OutLines => Lines(Out);

    public IReadOnlyList<string> ErrLines => Lines(Err);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Err}";
}

/// <summary>Runs `reputation` either in-process through <see cref="CliApp"/> or as the built reputation.dll in its own process.</summary>
public static class CliRun
{
    /// <summary>The same commands and parsing as the process, on writers of the test's own (fast: models load once per test run).</summary>
    public static async Task<CliResult> InProcess(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, new CliConsole(TextReader.Null, output, error, Interactive: false));
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>`dotnet reputation.dll args`, built by the same configuration as this test.</summary>
    public static async Task<CliResult> Process(string[] args, string? standardInput = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"reputation {string.Join(' ', args)} did not finish in 3 minutes");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    private static string CliDll => Built("Reputation.Cli", "reputation.dll");

    /// <summary>A project's dll built by the same configuration as this test (the solution build builds them all).</summary>
    public static string Built(string project, string dllName)
    {
        // The test runs from tests/Reputation.Cli.Tests/bin/<Configuration>/net10.0.
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = output.Parent!.Name;
        var repoRoot = output.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var dll = Path.Combine(repoRoot, "src", project, "bin", configuration, "net10.0", dllName);
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"{project} is not built at {dll}", dll);
    }
}
