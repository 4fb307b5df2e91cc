namespace Reputation.Cli.Tests;

/// <summary>`--help` of the root and of each command, `--version`, and what an unknown option does.</summary>
public sealed class HelpAndVersionTests
{
    public static TheoryData<string, string[]> Commands => new()
    {
        { "score", ["--input", "--brands", "--output", "--model"] },
        { "detect", ["--input", "--output"] },
        { "replay", ["--input", "--brands", "--output"] },
        { "produce", ["--input", "--bootstrap", "--server", "--api-key", "--topic"] },
        { "train", ["--data", "--output"] },
        { "eval-sentiment", ["--eval", "--model", "--labelled"] },
        { "kafka", ["--brokers", "--partitions"] },
        { "bench", ["--mentions", "--brands", "--rate", "--alerts", "--warm-up-rounds", "--server-setting", "--json"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Each_command_help_exits_0_and_lists_its_options(string command, string[] options)
    {
        var result = await CliRun.InProcess(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($" {command} [options]", result.Out);
        Assert.All(options, o => Assert.Contains(o, result.Out));
    }

    [Fact]
    public async Task The_root_help_as_a_process_lists_every_command()
    {
        var result = await CliRun.Process(["--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("reputation [command] [options]", result.Out);
        Assert.All(Commands.Select(row => (string)row[0]), c => Assert.Contains(c, result.Out));
        Assert.Contains("--version", result.Out);
    }

    [Fact]
    public async Task Version_prints_the_assembly_version()
    {
        var result = await CliRun.Process(["--version"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Out.Trim());
    }

    [Theory]
    [InlineData("--warm-up-rounds", "0")]
    [InlineData("--warm-up-rounds", "101")]
    [InlineData("--brands", "0")]
    public async Task Bench_settings_out_of_range_are_a_usage_error_before_any_server_starts(string option, string value)
    {
        // Any existing file passes the "server built?" check, so the settings are what is judged.
        var result = await CliRun.InProcess("bench", "--server-dll", typeof(HelpAndVersionTests).Assembly.Location, option, value);

        Assert.Equal(64, result.ExitCode);
        Assert.Contains("--warm-up-rounds 1..100", result.Err);
    }

    [Fact]
    public async Task A_missing_required_option_is_a_usage_error()
    {
        var result = await CliRun.InProcess("detect");

        Assert.Equal(64, result.ExitCode);
        Assert.Contains("Option '--input' is required", result.Err);
    }

    [Theory]
    [InlineData("score", "--input", "x.jsonl", "--bogus")]
    [InlineData("detect", "--frobnicate")]
    [InlineData("no-such-command")]
    public async Task An_unknown_option_or_command_is_a_usage_error(params string[] args)
    {
        var result = await CliRun.InProcess(args);

        Assert.Equal(64, result.ExitCode);
        Assert.Contains("Unrecognized command or argument", result.Err);
    }

    [Fact]
    public async Task An_unknown_option_as_a_process_exits_non_zero_and_says_so_on_standard_error()
    {
        var result = await CliRun.Process(["replay", "--input", "x.jsonl", "--bogus"]);

        Assert.Equal(64, result.ExitCode);
        Assert.Contains("Unrecognized command or argument '--bogus'", result.Err);
    }
}
