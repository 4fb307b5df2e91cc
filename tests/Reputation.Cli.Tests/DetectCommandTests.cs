using System.Globalization;

namespace Reputation.Cli.Tests;

/// <summary>`reputation detect`: the live negative-spike detector over a `timestamp,value` series.</summary>
public sealed class DetectCommandTests : IDisposable
{
    private static readonly DateTime Start = new(2015, 2, 24, 0, 0, 0);
    private readonly TempFolder folder = new();

    /// <summary>Two days of 5-minute counts with a daily rhythm and a little noise, then a clear spike.</summary>
    private static List<(DateTime At, int Value)> Series()
    {
        var random = new Random(7);
        var rows = new List<(DateTime, int)>();
        for (var i = 0; i < 2 * 288; i++)
        {
            var at = Start.AddMinutes(5 * i);
            var rhythm = at.Hour is >= 8 and < 22 ? 6 : 2;
            rows.Add((at, rhythm + random.Next(-1, 2)));
        }

        var spikeAt = rows[^1].Item1;
        for (var i = 1; i <= 6; i++)
        {
            rows.Add((spikeAt.AddMinutes(5 * i), 90));
        }

        return rows;
    }

    private const int RegularRows = 2 * 288;

    [Theory]
    [InlineData("yyyy-MM-dd HH:mm:ss")]
    [InlineData("yyyy-MM-ddTHH:mm:ssZ")]
    public async Task Every_row_comes_back_scored_and_only_the_spike_alerts(string format)
    {
        var rows = Series();
        var timestamps = rows.Select(r => r.At.ToString(format, CultureInfo.InvariantCulture)).ToList();
        var input = folder.WriteLines("series.csv", ["timestamp,value", .. rows.Select((r, i) => $"{timestamps[i]},{r.Value}")]);

        var result = await CliRun.InProcess("detect", "--input", input);

        Assert.True(result.ExitCode == 0, result.Err);
        var lines = result.OutLines;
        Assert.Equal("timestamp,value,anomaly_score,alert", lines[0]);
        var output = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.All(output, f => Assert.Equal(4, f.Length));
        Assert.Equal(timestamps, output.Select(f => f[0]));
        Assert.Equal(rows.Select(r => r.Value.ToString(CultureInfo.InvariantCulture)), output.Select(f => f[1]));
        Assert.All(output, f => Assert.InRange(double.Parse(f[2], CultureInfo.InvariantCulture), 0, 1));
        Assert.All(output, f => Assert.Contains(f[3], new[] { "0", "1" }));
        Assert.DoesNotContain(output.Take(RegularRows), f => f[3] == "1");
        Assert.Equal("1", output[RegularRows][3]);
        var regularMax = output.Take(RegularRows).Max(f => double.Parse(f[2], CultureInfo.InvariantCulture));
        Assert.True(double.Parse(output[RegularRows][2], CultureInfo.InvariantCulture) > regularMax, string.Join("\n", lines.Skip(RegularRows - 3)));
    }

    [Fact]
    public async Task Bad_rows_are_named_on_standard_error_and_skipped()
    {
        var input = folder.WriteLines("series.csv",
        [
            "timestamp,value",
            "2015-02-26 21:40:00,4",
            "yesterday,5",
            "2015-02-26 21:45:00,many",
            "2015-02-26 21:50:00,6",
            "2015-02-26 21:45:00,3",
        ]);
        var output = folder.File("out.csv");

        var result = await CliRun.InProcess("detect", "--input", input, "--output", output);

        Assert.Equal(2, result.ExitCode);
        var written = File.ReadAllLines(output);
        Assert.Equal("timestamp,value,anomaly_score,alert", written[0]);
        Assert.Equal(["2015-02-26 21:40:00,4", "2015-02-26 21:50:00,6"], written.Skip(1).Select(l => string.Join(',', l.Split(',')[..2])));
        var named = result.ErrLines.Select(l => l[..l.IndexOf(':')]).ToList();
        Assert.Equal(["line 3", "line 4", "line 6"], named);
    }

    [Fact]
    public async Task A_file_without_the_header_is_refused_as_a_process()
    {
        var result = await CliRun.Process(["detect", "--input", folder.WriteLines("series.csv", ["2015-02-26 21:40:00,4"])]);

        Assert.Equal(65, result.ExitCode);
        Assert.StartsWith("line 1: expected the header 'timestamp,value'", result.Err);
    }

    [Fact]
    public async Task As_a_process_it_reads_standard_input_and_writes_standard_output()
    {
        var rows = Series();
        var csv = string.Join("\n", ["timestamp,value", .. rows.Select(r => $"{r.At:yyyy-MM-dd HH:mm:ss},{r.Value}")]) + "\n";

        var result = await CliRun.Process(["detect", "--input", "-"], csv);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(rows.Count + 1, result.OutLines.Count);
        Assert.EndsWith(",1", result.OutLines[RegularRows + 1]);
    }

    public void Dispose() => folder.Dispose();
}
