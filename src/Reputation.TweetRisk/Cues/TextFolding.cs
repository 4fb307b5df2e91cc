using System.Globalization;
using System.Text;

namespace Reputation.TweetRisk.Cues;

/// <summary>
/// Lower-cases text and strips diacritics so that one cue pattern matches "Communiqué", "COMMUNIQUE"
/// and "communique" alike; typographic apostrophes and dashes become their ASCII forms.
/// </summary>
internal static class TextFolding
{
    public static string Fold(string text)
    {
        if (Ascii.IsValid(text))
        {
            // Most mentions: nothing to decompose or replace, and lower-casing needs no culture tables.
            return string.Create(text.Length, text, static (span, source) => Ascii.ToLower(source, span, out _));
        }

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

                span[length++] = c switch
                {
                    '\u2019' or '\u2018' or '\u02BC' => '\'',
                    '\u2013' or '\u2014' or '\u2212' => '-',
                    '\u00A0' or '\u202F' => ' ',
                    _ => char.ToLowerInvariant(c),
                };
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
}
