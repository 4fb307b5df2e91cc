using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Reputation.TweetRisk.Cues;

/// <summary>
/// The cue patterns of a language set (release form, financial shock, denial, parody) joined into a few patterns, so
/// that a few passes over a text say whether any of them matches. Nearly every mention is ordinary talk that matches
/// none, and a non-backtracking pass over a union costs about what a pass over one pattern costs, where the patterns
/// one by one took twenty passes and most of tweet risk's time. Only a text the screen flags is read pattern by pattern,
/// to say which cues it carries.
/// </summary>
internal static class CueScreen
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture;

    private static readonly ConcurrentDictionary<LanguageCues[], Regex[]> Screens = new(ReferenceEqualityComparer.Instance);

    /// <summary>True when at least one of the cue patterns for <paramref name="languages"/> matches <paramref name="folded"/>.</summary>
    public static bool AnyCue(string folded, LanguageCues[] languages)
    {
        foreach (var screen in Screens.GetOrAdd(languages, Build))
        {
            if (screen.IsMatch(folded))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Joins patterns while the non-backtracking engine accepts the union: it refuses automata past a size limit, and
    /// the patterns with bounded gaps (a role within 80 characters of an exit) are large, so they take unions of their own.
    /// </summary>
    private static Regex[] Build(LanguageCues[] languages)
    {
        var screens = new List<Regex>();
        var group = new List<string>();
        Regex? current = null;
        foreach (var pattern in FinancialShock.Patterns.Concat(ReleaseForm.Patterns).Concat(languages.SelectMany(l => l.Patterns)))
        {
            // Each alternative keeps its own multiline setting; groups do not capture, as only the yes or no is used.
            var alternative = pattern.Options.HasFlag(RegexOptions.Multiline) ? $"(?m:{pattern})" : $"(?:{pattern})";
            if (TryJoin([.. group, alternative]) is { } joined)
            {
                group.Add(alternative);
                current = joined;
                continue;
            }

            screens.Add(current!);
            group = [alternative];
            current = TryJoin(group) ?? throw new InvalidOperationException($"The cue pattern {pattern} does not run non-backtracking on its own.");
        }

        if (current is not null)
        {
            screens.Add(current);
        }

        return [.. screens];
    }

    private static Regex? TryJoin(List<string> alternatives)
    {
        try
        {
            return new Regex(string.Join("|", alternatives), Options);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
