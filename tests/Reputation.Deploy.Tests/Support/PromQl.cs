using System.Text.RegularExpressions;

namespace Reputation.Deploy.Tests.Support;

/// <summary>
/// Pulls metric names out of a PromQL expression. Not a parser: it removes everything
/// that can hold a word which is not a metric (strings, label matchers, grouping
/// clauses, ranges, numbers, Grafana variables) and keeps identifiers that are not
/// function calls or keywords.
/// </summary>
internal static partial class PromQl
{
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "unless", "by", "without", "on", "ignoring", "group_left", "group_right",
        "bool", "offset", "atan2", "inf", "nan",
    };

    public static IReadOnlySet<string> MetricNames(string expression)
    {
        var text = GrafanaVariable().Replace(expression, " ");
        text = StringLiteral().Replace(text, " ");
        text = LabelMatchers().Replace(text, " ");
        text = GroupingClause().Replace(text, " ");
        text = RangeOrSubquery().Replace(text, " ");
        text = Duration().Replace(text, " ");
        text = Number().Replace(text, " ");

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Identifier().Matches(text))
        {
            var isCall = match.Groups["call"].Success;
            if (!isCall && !Keywords.Contains(match.Groups["name"].Value))
            {
                names.Add(match.Groups["name"].Value);
            }
        }

        return names;
    }

    [GeneratedRegex(@"\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex GrafanaVariable();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|`[^`]*`")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex LabelMatchers();

    [GeneratedRegex(@"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^()]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex GroupingClause();

    [GeneratedRegex(@"\[[^\[\]]*\]")]
    private static partial Regex RangeOrSubquery();

    [GeneratedRegex(@"\b[0-9]+(?:ms|s|m|h|d|w|y)\b")]
    private static partial Regex Duration();

    [GeneratedRegex(@"(?<![A-Za-z_:0-9])[0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<name>[A-Za-z_:][A-Za-z0-9_:]*)(?<call>\s*\()?")]
    private static partial Regex Identifier();
}
