using System.Text.RegularExpressions;

namespace Reputation.Deploy.Tests.Support;

/// <summary>
/// Structural checks of a Helm (Go text/template) file without Helm: every action is
/// closed, block actions and their end match, else sits inside if/with/range, and the
/// names the file defines, includes and reads from .Values are reported.
/// </summary>
internal static partial class GoTemplate
{
    private static readonly HashSet<string> BlockKeywords = ["if", "range", "with", "define", "block"];

    public sealed record Analysis(
        IReadOnlyList<string> Errors,
        IReadOnlyList<string> Defines,
        IReadOnlyList<string> Includes,
        IReadOnlyList<string> ValuePaths);

    public static Analysis Analyze(string text)
    {
        var errors = new List<string>();
        var defines = new List<string>();
        var includes = new List<string>();
        var values = new List<string>();
        var open = new Stack<(string Keyword, int Line)>();

        var position = 0;
        while (true)
        {
            var start = text.IndexOf("{{", position, StringComparison.Ordinal);
            var strayClose = text.IndexOf("}}", position, StringComparison.Ordinal);
            if (strayClose >= 0 && (start < 0 || strayClose < start))
            {
                errors.Add($"line {LineOf(text, strayClose)}: '}}}}' without an opening '{{{{'");
                position = strayClose + 2;
                continue;
            }

            if (start < 0)
            {
                break;
            }

            var end = ActionEnd(text, start + 2);
            if (end < 0)
            {
                errors.Add($"line {LineOf(text, start)}: '{{{{' is never closed");
                break;
            }

            var line = LineOf(text, start);
            var body = text[(start + 2)..end];
            var nested = body.IndexOf("{{", StringComparison.Ordinal);
            if (nested >= 0)
            {
                errors.Add($"line {line}: '{{{{' opened inside another action");
            }

            Inspect(body.Trim().TrimStart('-').TrimEnd('-').Trim(), line, open, errors, defines, includes, values);
            position = end + 2;
        }

        foreach (var (keyword, line) in open)
        {
            errors.Add($"line {line}: '{keyword}' has no matching 'end'");
        }

        return new Analysis(errors, defines, includes, values);
    }

    private static void Inspect(
        string action, int line, Stack<(string Keyword, int Line)> open,
        List<string> errors, List<string> defines, List<string> includes, List<string> values)
    {
        if (action.StartsWith("/*", StringComparison.Ordinal))
        {
            if (!action.EndsWith("*/", StringComparison.Ordinal))
            {
                errors.Add($"line {line}: comment is not closed with '*/' before '}}}}'");
            }

            return;
        }

        var keyword = FirstWord().Match(action).Value;
        if (BlockKeywords.Contains(keyword))
        {
            open.Push((keyword, line));
            if (keyword is "define" && QuotedName().Match(action) is { Success: true } name)
            {
                defines.Add(name.Groups[1].Value);
            }
        }
        else if (keyword == "else")
        {
            if (open.Count == 0 || open.Peek().Keyword is not ("if" or "with" or "range"))
            {
                errors.Add($"line {line}: 'else' outside if/with/range");
            }
        }
        else if (keyword == "end")
        {
            if (open.Count == 0)
            {
                errors.Add($"line {line}: 'end' without an open block");
            }
            else
            {
                open.Pop();
            }
        }

        foreach (Match include in IncludeCall().Matches(action))
        {
            includes.Add(include.Groups[1].Value);
        }

        foreach (Match value in ValuesPath().Matches(action))
        {
            values.Add(value.Groups[1].Value);
        }
    }

    // "}}" inside a string literal does not close the action.
    private static int ActionEnd(string text, int from)
    {
        var inString = false;
        for (var i = from; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c == '}' && text[i + 1] == '}')
            {
                return i;
            }
        }

        return -1;
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    [GeneratedRegex(@"^[A-Za-z_]+")]
    private static partial Regex FirstWord();

    [GeneratedRegex("^define\\s+\"([^\"]+)\"")]
    private static partial Regex QuotedName();

    [GeneratedRegex("\\b(?:include|template)\\s+\"([^\"]+)\"")]
    private static partial Regex IncludeCall();

    [GeneratedRegex(@"\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)")]
    private static partial Regex ValuesPath();
}
