using System.Text;

namespace Reputation.Sentiment.Text;

/// <summary>
/// Normalises a brand mention into tokens: URLs and @handles are dropped, hashtags become words, emoji and
/// emoticons become class cues, case and accents are folded, elongation ("sooooo") is collapsed and remembered,
/// and words after a negator are marked negated up to the end of the clause. Training and scoring both go
/// through here, so what the model learned is what it sees.
/// </summary>
public static class MentionTokenizer
{
    // A negator reaches this many content words ahead: "not a good phone" and "n'est vraiment pas bon" both reach.
    private const int NegationReach = 3;
    private const float Intensified = 1.5f;
    private const float Diminished = 0.6f;

    private static readonly HashSet<string> IronyTags = new(
        ["irony", "ironie", "sarcasm", "sarcasme", "sarcastic", "not", "ironic", "ironique", "jk", "lol", "mdr", "ptdr"],
        StringComparer.Ordinal);

    public static void Tokenize(string text, string lang, MentionTokens into)
    {
        ArgumentNullException.ThrowIfNull(text);
        into.Clear();
        if (text.Contains("\\u", StringComparison.Ordinal))
            text = DecodeEscapes(text);
        var s = text.AsSpan(0, Math.Min(text.Length, MentionTokens.MaxInputChars));
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var atStart = i == 0 || !char.IsLetterOrDigit(s[i - 1]);
            if (atStart && IsUrlStart(s[i..]))
            {
                i = SkipToWhitespace(s, i);
                into.Urls++;
                continue;
            }
            if (c == '@' && i + 1 < s.Length && IsHandleChar(s[i + 1]))
            {
                i++;
                while (i < s.Length && IsHandleChar(s[i]))
                    i++;
                into.Handles++;
                continue;
            }
            if (c == '#' && i + 1 < s.Length && char.IsLetter(s[i + 1]))
            {
                into.Hashtags++;
                i = ReadHashtag(s, i + 1, into);
                continue;
            }
            if ((atStart || !char.IsLetter(c)) && ":;<=^>xXD".Contains(c))
            {
                var length = EmojiClasses.MatchEmoticon(s, i, out var emoticonClass);
                if (length > 0)
                {
                    into.AddCue(emoticonClass);
                    i += length;
                    continue;
                }
            }
            if (char.IsLetter(c))
            {
                i = ReadWord(s, i, into);
                continue;
            }
            if (char.IsDigit(c))
            {
                while (i < s.Length && (char.IsDigit(s[i]) || s[i] is '.' or ',' or '%' or '€' or '$') && !(s[i] is '.' or ',' && (i + 1 >= s.Length || !char.IsDigit(s[i + 1]))))
                    i++;
                into.Numbers++;
                into.AddCue("num");
                continue;
            }
            switch (c)
            {
                case '!':
                    i = AddRun(s, i, '!', "!", into);
                    into.Exclamations++;
                    continue;
                case '?':
                    i = AddRun(s, i, '?', "?", into);
                    into.Questions++;
                    continue;
                case '.' or '…' or ';' or ':' or '(' or ')' or '[' or ']':
                    AddBreak(".", into);
                    i++;
                    continue;
                case ',' or '-' or '–' or '—' or '/' or '"' or '«' or '»' or '“' or '”':
                    AddBreak(",", into);
                    i++;
                    continue;
            }
            if (Rune.DecodeFromUtf16(s[i..], out var rune, out var consumed) == System.Buffers.OperationStatus.Done)
            {
                if (!EmojiClasses.IsModifier(rune.Value) && EmojiClasses.OfCodePoint(rune.Value) is { } emojiClass)
                    into.AddCue(emojiClass);
                i += consumed;
                continue;
            }
            i++;
        }
        ApplyScopes(lang, into);
    }

    /// <summary>Some feeds hand over JSON-escaped text ("I\u2019m"); rare, so this path may allocate.</summary>
    private static string DecodeEscapes(string text)
    {
        var decoded = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 5 < text.Length && text[i + 1] == 'u'
                && int.TryParse(text.AsSpan(i + 2, 4), System.Globalization.NumberStyles.HexNumber, null, out var code))
            {
                decoded.Append((char)code);
                i += 5;
            }
            else
            {
                decoded.Append(text[i]);
            }
        }
        return decoded.ToString();
    }

    private static bool IsHandleChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool IsUrlStart(ReadOnlySpan<char> s) =>
        s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || s.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
        // Tweet corpora often keep a bare "http" where a link was cut.
        || ((s.StartsWith("http", StringComparison.OrdinalIgnoreCase) && (s.Length == 4 || !char.IsLetter(s[4])))
            || (s.StartsWith("https", StringComparison.OrdinalIgnoreCase) && (s.Length == 5 || !char.IsLetter(s[5]))));

    private static int SkipToWhitespace(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && !char.IsWhiteSpace(s[i]))
            i++;
        return i;
    }

    private static int AddRun(ReadOnlySpan<char> s, int i, char c, string cue, MentionTokens into)
    {
        var start = i;
        while (i < s.Length && (s[i] == c || s[i] == '!' || s[i] == '?'))
            i++;
        into.AddCue(cue);
        if (i - start > 1)
            into.AddCue("!!");
        return i;
    }

    private static void AddBreak(string kind, MentionTokens into)
    {
        if (into.Count > 0 && into.Tokens[into.Count - 1].Kind == TokenKind.Break)
            return;
        var start = into.BeginToken();
        into.Append(kind);
        into.EndToken(start, TokenKind.Break);
    }

    private static int ReadHashtag(ReadOnlySpan<char> s, int i, MentionTokens into)
    {
        var end = i;
        while (end < s.Length && (char.IsLetterOrDigit(s[end]) || s[end] == '_'))
            end++;
        var start = into.BeginToken();
        AppendNormalised(s[i..end], into, out var elongated, out _);
        if (IronyTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(into.Buffer.AsSpan(start, into.BufferLength - start)))
        {
            into.RemoveLastChars(start);
            into.AddCue("irony");
        }
        else
        {
            into.EndToken(start, TokenKind.Word, elongated ? Intensified : 1f);
        }
        return end;
    }

    private static int ReadWord(ReadOnlySpan<char> s, int i, MentionTokens into)
    {
        var end = i;
        var hyphens = 0;
        // "over-priced", "top-notch", "peut-être": one word, written without its hyphen.
        while (end < s.Length && (char.IsLetterOrDigit(s[end]) || s[end] == '_'
            || (s[end] == '-' && end + 1 < s.Length && char.IsLetter(s[end + 1]) && ++hyphens > 0)))
            end++;
        var word = s[i..end];
        var next = end;
        // English "n't": "don't" becomes "do" + "not" so the negator is seen whatever verb carries it.
        if (end + 1 < s.Length && s[end] is '\'' or '’' && (s[end + 1] is 't' or 'T') && word.Length > 1 && word[^1] is 'n' or 'N'
            && (end + 2 >= s.Length || !char.IsLetter(s[end + 2])))
        {
            EmitWord(word[..^1], into);
            EmitWord("not", into);
            return end + 2;
        }
        if (end < s.Length && s[end] is '\'' or '’')
            next = end + 1; // French elision and English clitics: "j'adore" → "j" "adore", "it's" → "it" "s".
        if (word.Equals("http", StringComparison.OrdinalIgnoreCase) || word.Equals("https", StringComparison.OrdinalIgnoreCase))
        {
            into.Urls++;
            return SkipToWhitespace(s, i);
        }
        EmitWord(word, into);
        return next;
    }

    private static void EmitWord(ReadOnlySpan<char> word, MentionTokens into)
    {
        var start = into.BeginToken();
        AppendNormalised(word, into, out var elongated, out var allCaps);
        if (elongated)
            into.Elongations++;
        if (allCaps && word.Length >= 3)
            into.CapsWords++;
        into.EndToken(start, TokenKind.Word, elongated ? Intensified : 1f);
    }

    /// <summary>Lower-cases, folds accents and keeps at most two of a repeated letter ("sooooo" → "soo").</summary>
    private static void AppendNormalised(ReadOnlySpan<char> word, MentionTokens into, out bool elongated, out bool allCaps)
    {
        elongated = false;
        allCaps = true;
        var start = into.BufferLength;
        foreach (var raw in word)
        {
            if (raw == '-')
                continue;
            if (char.IsLetter(raw) && !char.IsUpper(raw))
                allCaps = false;
            var folded = Fold(raw);
            if (folded == 'œ')
            {
                into.Append('o');
                into.Append('e');
                continue;
            }
            var length = into.BufferLength - start;
            if (length >= 2 && into.Buffer[into.BufferLength - 1] == folded && into.Buffer[into.BufferLength - 2] == folded)
            {
                elongated = true;
                continue;
            }
            into.Append(folded);
        }
    }

    /// <summary>
    /// Every UTF-16 unit folded once (128 KiB): char.ToLowerInvariant goes through TextInfo per call, which was
    /// 4 % of busy CPU at full load.
    /// </summary>
    private static readonly char[] Folded = BuildFoldTable();

    public static char Fold(char c) => Folded[c];

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = char.ToLowerInvariant((char)i) switch
            {
                'à' or 'â' or 'ä' or 'á' or 'ã' or 'å' => 'a',
                'é' or 'è' or 'ê' or 'ë' => 'e',
                'î' or 'ï' or 'í' or 'ì' => 'i',
                'ô' or 'ö' or 'ó' or 'ò' or 'õ' => 'o',
                'ù' or 'û' or 'ü' or 'ú' => 'u',
                'ç' => 'c',
                'ñ' => 'n',
                'ÿ' => 'y',
                var lower => lower,
            };
        }

        return table;
    }

    /// <summary>Negation scopes, intensifiers, contrast clauses and idioms, resolved over the token sequence.</summary>
    private static void ApplyScopes(string lang, MentionTokens into)
    {
        var cues = LanguageCues.For(lang);
        var negators = cues.NegatorLookup;
        var intensifiers = cues.IntensifierLookup;
        var diminishers = cues.DiminisherLookup;
        var contrasts = cues.ContrastLookup;
        var tokens = into.Tokens;
        var count = into.Count;
        var written = 0;
        var scope = 0;
        var emphasis = 1f;
        var afterContrast = false;
        var neverScope = false;
        for (var r = 0; r < count; r++)
        {
            var token = tokens[r];
            var text = into.TextOf(token);
            if (token.Kind == TokenKind.Break)
            {
                scope = 0;
                emphasis = 1f;
                if (text[0] == '.')
                    afterContrast = false;
                tokens[written++] = token;
                continue;
            }
            if (token.Kind == TokenKind.Cue)
            {
                token.AfterContrast = afterContrast;
                tokens[written++] = token;
                continue;
            }
            if (TryMergeIdiom(cues, into, ref written, text, ref token, out var startsWithNegator, out var firstNegated))
            {
                // "pas mal" holds its own negator; "won't be back" and "not inspired to go back" are negated idioms.
                token.Negated = !startsWithNegator && (firstNegated || scope > 0);
                scope = 0;
                token.AfterContrast = afterContrast;
                tokens[written++] = token;
                continue;
            }
            if (negators.Contains(text))
            {
                into.Negators++;
                scope = NegationReach;
                neverScope = cues.IsNever(text);
            }
            else if (contrasts.Contains(text))
            {
                afterContrast = true;
                scope = 0;
            }
            else if (intensifiers.Contains(text))
            {
                // "never been so rude", "jamais vu aussi nul": an extreme, not a negation.
                if (neverScope)
                    scope = 0;
                emphasis *= Intensified;
                token.Negated = scope > 0;
            }
            else if (diminishers.Contains(text))
            {
                emphasis *= Diminished;
                token.Negated = scope > 0;
            }
            else
            {
                token.Negated = scope > 0;
                if (scope > 0)
                    scope--;
                token.Emphasis *= emphasis;
                emphasis = 1f;
            }
            token.AfterContrast = afterContrast;
            tokens[written++] = token;
        }
        into.Truncate(written);
    }

    /// <summary>Replaces "first second" (or "first gap second") by one idiom cue when the pair is a known idiom.</summary>
    private static bool TryMergeIdiom(LanguageCues cues, MentionTokens into, ref int written, ReadOnlySpan<char> second, ref Token token,
        out bool startsWithNegator, out bool firstNegated)
    {
        startsWithNegator = false;
        firstNegated = false;
        if (written == 0)
            return false;
        var tokens = into.Tokens;
        var firstIndex = written - 1;
        if (tokens[firstIndex].Kind != TokenKind.Word)
            return false;
        if (!cues.TryIdiom(into.TextOf(tokens[firstIndex]), second, out var cue, out var polarity))
        {
            if (firstIndex == 0 || tokens[firstIndex - 1].Kind != TokenKind.Word || !LanguageCues.IsGapWord(into.TextOf(tokens[firstIndex])))
                return false;
            firstIndex--;
            if (!cues.TryIdiom(into.TextOf(tokens[firstIndex]), second, out cue, out polarity))
                return false;
        }
        startsWithNegator = cues.NegatorLookup.Contains(into.TextOf(tokens[firstIndex]));
        firstNegated = tokens[firstIndex].Negated;
        written = firstIndex;
        var start = into.BeginToken();
        into.Append(cue);
        token = new Token { Start = start, Length = cue.Length, Kind = TokenKind.Cue, Emphasis = token.Emphasis, Prior = polarity };
        return true;
    }
}
