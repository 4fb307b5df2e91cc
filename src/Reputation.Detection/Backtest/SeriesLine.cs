using System.Globalization;

namespace Reputation.Detection.Backtest;

/// <summary>One parsed row of a `timestamp,value` series, keeping the text of both fields as read.</summary>
internal readonly record struct SeriesLine(string TimestampText, string ValueText, DateTimeOffset Time, double Value)
{
    /// <summary>Longest line accepted; a series row is a few dozen characters.</summary>
    public const int MaxLength = 200;

    private static readonly string[] PlainFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm"];

    /// <summary>Parses a data row; on failure returns false with a sentence saying what is wrong.</summary>
    public static bool TryParse(string line, out SeriesLine row, out string error)
    {
        row = default;
        if (line.Length > MaxLength)
        {
            error = $"the line is longer than {MaxLength} characters";
            return false;
        }
        var fields = line.Split(',');
        if (fields.Length != 2)
        {
            error = $"expected 2 fields (timestamp,value) but found {fields.Length}";
            return false;
        }
        string timestampText = fields[0].Trim(), valueText = fields[1].Trim();
        if (!TryParseTime(timestampText, out var time))
        {
            error = $"'{timestampText}' is not a timestamp like 2015-02-26 21:42:53 or ISO-8601";
            return false;
        }
        if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            || !double.IsFinite(value) || value < 0)
        {
            error = $"'{valueText}' is not a count (a finite number, zero or more)";
            return false;
        }
        row = new SeriesLine(timestampText, valueText, time, value);
        error = "";
        return true;
    }

    /// <summary>A timestamp without an offset is taken as UTC.</summary>
    private static bool TryParseTime(string text, out DateTimeOffset time)
    {
        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        return DateTimeOffset.TryParseExact(text, PlainFormats, CultureInfo.InvariantCulture, styles, out time)
            || (text.Contains('T') && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out time));
    }
}
