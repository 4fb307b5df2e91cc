using System.Globalization;
using System.Text;
using Reputation.Detection.Backtest;
using Reputation.Detection.Spikes;

namespace Reputation.Detection.Tests;

public class DetectCommandTests
{
    private const int Day = SyntheticSeries.StepsPerDay;

    private static (int Code, string[] Output, string Errors) Run(string input)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        int code = DetectCommand.Run(new StringReader(input), output, errors);
        return (code, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray(), errors.ToString());
    }

    [Fact]
    public void Writes_one_row_per_input_row_with_the_alerts_of_the_live_detector()
    {
        int spike = 9 * Day + 14 * 12;
        var counts = new SyntheticSeries(20).Generate(10 * Day, i => i is >= 9 * Day + 14 * 12 and < 9 * Day + 14 * 12 + 6 ? 8 : 1);
        var csv = new StringBuilder("timestamp,value\n");
        for (int i = 0; i < counts.Length; i++)
            csv.Append(CultureInfo.InvariantCulture, $"{SyntheticSeries.TimeOf(i):yyyy-MM-dd HH:mm:ss},{counts[i]}\n");

        var (code, output, errors) = Run(csv.ToString());

        Assert.Equal(DetectCommand.Ok, code);
        Assert.Equal("", errors);
        Assert.Equal("timestamp,value,anomaly_score,alert", output[0]);
        Assert.Equal(counts.Length + 1, output.Length);
        var live = new NegativeSpikeDetector();
        for (int i = 0; i < counts.Length; i++)
        {
            var fields = output[i + 1].Split(',');
            var signal = live.Observe(SyntheticSeries.TimeOf(i), counts[i]);
            Assert.Equal($"{SyntheticSeries.TimeOf(i):yyyy-MM-dd HH:mm:ss}", fields[0]);
            Assert.Equal(counts[i].ToString(CultureInfo.InvariantCulture), fields[1]);
            Assert.Equal(signal.AnomalyScore, double.Parse(fields[2], CultureInfo.InvariantCulture), 1e-6);
            Assert.Equal(signal.Decision == AlertDecision.None ? "0" : "1", fields[3]);
        }
        Assert.Equal("1", output[spike + 1].Split(',')[3]);
    }

    [Fact]
    public void Keeps_iso_timestamps_as_written()
    {
        var (code, output, _) = Run("timestamp,value\n2026-03-02T00:00:00Z,3\n2026-03-02T00:05:00+00:00,4\n2026-03-02T01:10:00.000+01:00,5\n");

        Assert.Equal(DetectCommand.Ok, code);
        Assert.Equal(["2026-03-02T00:00:00Z,3,0,0", "2026-03-02T00:05:00+00:00,4,0,0", "2026-03-02T01:10:00.000+01:00,5,0,0"], output[1..]);
    }

    [Fact]
    public void Names_each_bad_line_and_goes_on()
    {
        var input = string.Join('\n',
            "timestamp,value",
            "2015-02-26 21:42:53,104",
            "not a date,5",
            "2015-02-26 21:47:53,-3",
            "2015-02-26 21:47:53",
            "2015-02-26 21:42:53,7",
            "2015-02-26 21:52:53,100",
            "");

        var (code, output, errors) = Run(input);

        Assert.Equal(DetectCommand.SomeLinesRejected, code);
        Assert.Equal(["2015-02-26 21:42:53,104,0,0", "2015-02-26 21:52:53,100,0,0"], output[1..]);
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("line 3: 'not a date' is not a timestamp", lines[0]);
        Assert.StartsWith("line 4: '-3' is not a count", lines[1]);
        Assert.StartsWith("line 5: expected 2 fields", lines[2]);
        Assert.StartsWith("line 6: 2015-02-26 21:42:53 is not after the previous row", lines[3]);
    }

    [Fact]
    public void Accepts_a_byte_order_mark_and_blank_lines()
    {
        var (code, output, errors) = Run("\uFEFFtimestamp,value\r\n2015-02-26 21:42:53,104\r\n\r\n2015-02-26 21:47:53,100\r\n");

        Assert.Equal(DetectCommand.Ok, code);
        Assert.Equal("", errors);
        Assert.Equal(["2015-02-26 21:42:53,104,0,0", "2015-02-26 21:47:53,100,0,0"], output[1..]);
    }

    [Fact]
    public void Refuses_input_without_the_header()
    {
        var (code, output, errors) = Run("time,count\n2015-02-26 21:42:53,104\n");

        Assert.Equal(DetectCommand.UnusableInput, code);
        Assert.Empty(output);
        Assert.Contains("line 1: expected the header 'timestamp,value'", errors);
    }
}
