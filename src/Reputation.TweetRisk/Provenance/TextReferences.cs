using System.Text.RegularExpressions;

namespace Reputation.TweetRisk.Provenance;

/// <summary>
/// Domains and handles named inside a text: relays quote the fake site ("selon vinci.group") or the
/// impersonating account ("RT @vinci_press"), which carries the provenance signal into the relay.
/// </summary>
/// <remarks>
/// The patterns need a lookbehind, so they cannot run non-backtracking; they only start at word boundaries and
/// every repetition is bounded, which keeps the work linear in the text length.
/// </remarks>
internal static partial class TextReferences
{
    /// <summary>Enough for any real release; a text naming more is a link list, not a release.</summary>
    public const int MaxReferences = 8;

    [GeneratedRegex(@"(?<![\p{L}\p{N}_-])(?:https?://)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,6}(?:xn--[a-z0-9-]{2,59}|\p{L}{2,24}))(?![\p{L}\p{N}_-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DomainPattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_])@([A-Za-z0-9_]{2,30})", RegexOptions.CultureInvariant)]
    private static partial Regex HandlePattern();

    public static List<HostName> Domains(string text)
    {
        var found = new List<HostName>();
        if (!HasDotBetweenLettersOrDigits(text))
        {
            return found;
        }

        foreach (Match match in DomainPattern().Matches(text))
        {
            var candidate = match.Groups[1].Value.ToLowerInvariant();
            var lastDot = candidate.LastIndexOf('.');
            if (!DomainSuffixes.IsKnownTopLevel(candidate[(lastDot + 1)..]) || HostName.Parse(candidate) is not { } host)
            {
                continue;
            }

            if (!found.Exists(h => h.Host == host.Host))
            {
                found.Add(host);
            }

            if (found.Count == MaxReferences) break;
        }

        return found;
    }

    /// <summary>
    /// Every domain the pattern finds has a dot between two letters or digits. Most mentions have none ("support. Happy"),
    /// and looking for one costs far less than the pattern's scan, which tries a domain at every word.
    /// </summary>
    private static bool HasDotBetweenLettersOrDigits(string text)
    {
        for (var dot = text.IndexOf('.'); dot >= 0; dot = text.IndexOf('.', dot + 1))
        {
            if (dot > 0 && dot < text.Length - 1 && IsLetterOrNumber(text[dot - 1]) && IsLetterOrNumber(text[dot + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The pattern's <c>[\p{L}\p{N}]</c>.</summary>
    private static bool IsLetterOrNumber(char c) => char.IsLetter(c) || char.IsNumber(c);

    public static List<string> Handles(string text)
    {
        var found = new List<string>();
        foreach (Match match in HandlePattern().Matches(text))
        {
            var handle = match.Groups[1].Value.ToLowerInvariant();
            if (!found.Contains(handle))
            {
                found.Add(handle);
            }

            if (found.Count == MaxReferences) break;
        }

        return found;
    }
}
