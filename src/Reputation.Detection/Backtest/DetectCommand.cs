using System.Globalization;
using Reputation.Detection.Spikes;

namespace Reputation.Detection.Backtest;

/// <summary>
/// The `detect` backtest (contract section 5): runs a `timestamp,value` series through the live
/// negative-spike detector with its default settings, in order, and writes
/// `timestamp,value,anomaly_score,alert` where alert is 1 on the rows that raise or escalate.
/// </summary>
public static class DetectCommand
{
    public const int Ok = 0;
    /// <summary>Some lines were rejected (each named on the error writer); the others were processed.</summary>
    public const int SomeLinesRejected = 1;
    /// <summary>The input cannot be used at all (no `timestamp,value` header).</summary>
    public const int UnusableInput = 2;

    public static int Run(TextReader input, TextWriter output, TextWriter errors) => Run(input, output, errors, null);

    public static int Run(TextReader input, TextWriter output, TextWriter errors, NegativeSpikeOptions? options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);

        var header = input.ReadLine();
        if (header is null || !IsHeader(header))
        {
            errors.WriteLine($"line 1: expected the header 'timestamp,value' but found '{Shorten(header ?? "(end of input)")}'");
            return UnusableInput;
        }

        var detector = new NegativeSpikeDetector(options);
        output.WriteLine("timestamp,value,anomaly_score,alert");
        int lineNumber = 1, rejected = 0;
        DateTimeOffset? previous = null;
        for (var line = input.ReadLine(); line is not null; line = input.ReadLine())
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (!SeriesLine.TryParse(line, out var row, out var error))
            {
                errors.WriteLine($"line {lineNumber}: {error}; line skipped");
                rejected++;
                continue;
            }
            if (previous is { } before && row.Time <= before)
            {
                errors.WriteLine($"line {lineNumber}: {row.TimestampText} is not after the previous row; line skipped");
                rejected++;
                continue;
            }
            previous = row.Time;
            var signal = detector.Observe(row.Time, row.Value);
            int alert = signal.Decision == AlertDecision.None ? 0 : 1;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{row.TimestampText},{row.ValueText},{signal.AnomalyScore:0.######},{alert}"));
        }
        output.Flush();
        return rejected == 0 ? Ok : SomeLinesRejected;
    }

    private static bool IsHeader(string line)
    {
        var fields = line.TrimStart('\uFEFF').Split(',');
        return fields.Length == 2
            && fields[0].Trim().Equals("timestamp", StringComparison.OrdinalIgnoreCase)
            && fields[1].Trim().Equals("value", StringComparison.OrdinalIgnoreCase);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
