using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Reputation.TweetRisk.Cues;

/// <summary>
/// The cue patterns (release form, financial shock, and each language's header, announcement, boilerplate, denial
/// and parody wording) joined into a few patterns, so that a few passes over a text say whether any of them matches.
/// Nearly every mention is ordinary talk that matches none, and a non-backtracking pass over a union costs about what
/// a pass over one pattern costs, where the patterns one by one took twenty passes and most of tweet risk's time.
/// Only a text the screen flags is read pattern by pattern, to say which cues it carries. The language-neutral
/// patterns are joined once and each language's once: a non-backtracking pattern keeps its automaton's caches (tens of
/// megabytes for these), so no pattern is in more than one union.
/// </summary>
internal static class CueScreen
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.ExplicitCapture;

    private static readonly Regex[] Neutral = Join(FinancialShock.Patterns.Concat(ReleaseForm.Patterns));
    private static readonly ConcurrentDictionary<LanguageCues, Regex[]> Languages = new(ReferenceEqualityComparer.Instance);

    /// <summary>True when at least one of the cue patterns for <paramref name="languages"/> matches <paramref name="folded"/>.</summary>
    public static bool AnyCue(string folded, LanguageCues[] languages)
    {
        if (AnyMatch(Neutral, folded))
        {
            return true;
        }

        foreach (var language in languages)
        {
            if (AnyMatch(Languages.GetOrAdd(language, static l => Join(l.Patterns)), folded))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyMatch(Regex[] screens, string folded)
    {
        foreach (var screen in screens)
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
    private static Regex[] Join(IEnumerable<Regex> patterns)
    {
        var screens = new List<Regex>();
        var group = new List<string>();
        Regex? current = null;
        foreach (var pattern in patterns)
        {
            // Each alternative keeps its own multiline setting; groups do not capture, as only the yes or no is used.
            var alternative = pattern.Options.HasFlag(RegexOptions.Multiline) ? $"(?m:{pattern})" : $"(?:{pattern})";
            if (group.Count > 0 && TryJoin([.. group, alternative]) is { } joined)
            {
                group.Add(alternative);
                current = joined;
                continue;
            }

            if (current is not null)
            {
                screens.Add(current);
            }

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
