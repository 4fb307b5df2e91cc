using System.Globalization;
using System.Text;

namespace Reputation.TweetRisk.Cues;

/// <summary>
/// Lower-cases text and strips diacritics so that one cue pattern matches "Communiqué", "COMMUNIQUE"
/// and "communique" alike; typographic apostrophes and dashes become their ASCII forms.
/// <para>
/// The rule is <see cref="FoldByNormalizing"/>: canonical decomposition (NFD), combining marks dropped, the rest
/// lower-cased, and the result as long as the decomposed text (padded with spaces). Normalising every text through
/// ICU cost ~4 % of busy CPU at full load, so <see cref="Fold"/> applies the same rule from a table built once per
/// UTF-16 unit, and leaves the rare texts the table cannot answer for to the rule itself.
/// </para>
/// </summary>
internal static class TextFolding
{
    /// <summary>A combining mark: the decomposition keeps it, folding drops it.</summary>
    private const char Dropped = '\uFFFF';

    /// <summary>Decomposes into more than one letter, is a spacing or enclosing mark, or is a marker value itself.</summary>
    private const char Unsure = '\uFFFE';

    private static readonly (char[] Folded, byte[] DecomposedLength) Table = BuildTable();

    public static string Fold(string text)
    {
        if (Ascii.IsValid(text))
        {
            // Most mentions: nothing to decompose or replace, and lower-casing needs no culture tables.
            return string.Create(text.Length, text, static (span, source) => Ascii.ToLower(source, span, out _));
        }

        var (folded, decomposedLength) = Table;
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]) || MayDecompose(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return FoldByNormalizing(text);
                }

                length += 2;
                i++;
            }
            else if (folded[c] == Unsure)
            {
                return FoldByNormalizing(text);
            }
            else
            {
                length += decomposedLength[c];
            }
        }

        return string.Create(length, text, static (span, source) =>
        {
            var folded = Table.Folded;
            var length = 0;
            foreach (var c in source)
            {
                var f = char.IsSurrogate(c) ? c : folded[c];
                if (f != Dropped)
                {
                    span[length++] = f;
                }
            }

            span[length..].Fill(' ');
        });
    }

    /// <summary>The folding rule itself, through Unicode normalisation.</summary>
    internal static string FoldByNormalizing(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        return string.Create(decomposed.Length, decomposed, static (span, source) =>
        {
            var length = 0;
            foreach (var c in source)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                span[length++] = Replace(c);
            }

            span[length..].Fill(' ');
        });
    }

    /// <summary>Letters and digits only, lower-cased and folded: the form brand names take inside domains and handles.</summary>
    public static string Compact(string text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static char Replace(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' => '\'',
        '\u2013' or '\u2014' or '\u2212' => '-',
        '\u00A0' or '\u202F' => ' ',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>Supplementary code points with canonical decompositions lie below the emoji blocks, or among the CJK compatibility ideographs.</summary>
    private static bool MayDecompose(int codePoint) => codePoint < 0x1F000 || codePoint is >= 0x2F800 and <= 0x2FA1F;

    private static (char[] Folded, byte[] DecomposedLength) BuildTable()
    {
        var folded = new char[char.MaxValue + 1];
        var decomposedLength = new byte[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsSurrogate(c) || c is Dropped or Unsure || category is UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                folded[i] = Unsure;
                continue;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var kept = decomposed.Where(d => CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark).ToArray();
            folded[i] = kept.Length switch
            {
                0 => Dropped,
                1 => Replace(kept[0]),
                _ => Unsure,
            };
            decomposedLength[i] = (byte)decomposed.Length;
        }

        return (folded, decomposedLength);
    }
}
