using System.Globalization;
using System.Text;

namespace Reputation.TweetRisk.Provenance;

/// <summary>
/// Reduces a domain label to a "skeleton" in which characters a reader cannot tell apart become one:
/// Cyrillic and Greek lookalikes, digits that pass for letters (0/o, 1/l), i/l, and the pairs rn/m and vv/w.
/// Two labels with the same skeleton look the same in a browser bar or a tweet.
/// </summary>
internal static class Confusables
{
    private static readonly Dictionary<char, char> Single = new()
    {
        // Cyrillic
        ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['у'] = 'y', ['х'] = 'x', ['і'] = 'l', ['ї'] = 'l',
        ['ј'] = 'j', ['ѕ'] = 's', ['ԁ'] = 'd', ['һ'] = 'h', ['ӏ'] = 'l', ['к'] = 'k', ['м'] = 'm', ['т'] = 't', ['в'] = 'b',
        ['н'] = 'h', ['ԛ'] = 'q', ['ԝ'] = 'w', ['ɡ'] = 'g',
        // Greek
        ['α'] = 'a', ['ο'] = 'o', ['ν'] = 'v', ['ι'] = 'l', ['κ'] = 'k', ['ρ'] = 'p', ['τ'] = 't', ['υ'] = 'u', ['ε'] = 'e',
        ['χ'] = 'x', ['γ'] = 'y',
        // Latin lookalikes and digits
        ['ı'] = 'l', ['ɩ'] = 'l', ['i'] = 'l', ['1'] = 'l', ['|'] = 'l', ['0'] = 'o', ['3'] = 'e', ['5'] = 's', ['$'] = 's',
        ['ß'] = 's',
    };

    public static string Skeleton(string label)
    {
        var decomposed = label.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark || raw == '-')
            {
                continue;
            }

            var c = char.ToLowerInvariant(raw);
            builder.Append(Single.TryGetValue(c, out var mapped) ? mapped : c);
        }

        return builder.Replace("rn", "m").Replace("vv", "w").ToString();
    }

    /// <summary>True when the label uses a character outside ASCII, the mark of an IDN homoglyph.</summary>
    public static bool HasNonAscii(string label)
    {
        foreach (var c in label)
        {
            if (c > '\u007f') return true;
        }

        return false;
    }
}
