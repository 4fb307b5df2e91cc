namespace Reputation.Sentiment.Text;

/// <summary>
/// The tokens of one mention and the surface signals the normaliser removed from the text. Reused across calls
/// (one per thread) so that scoring a mention does not allocate.
/// </summary>
public sealed class MentionTokens
{
    // Mentions are short; a bound keeps one pathological input from growing the buffers without end.
    public const int MaxInputChars = 4000;

    public char[] Buffer { get; private set; } = new char[512];
    public Token[] Tokens { get; private set; } = new Token[128];
    public int BufferLength { get; private set; }
    public int Count { get; private set; }

    public int Exclamations { get; set; }
    public int Questions { get; set; }
    public int Elongations { get; set; }
    public int CapsWords { get; set; }
    public int Urls { get; set; }
    public int Handles { get; set; }
    public int Hashtags { get; set; }
    public int Numbers { get; set; }
    public int Negators { get; set; }

    public ReadOnlySpan<char> TextOf(in Token token) => Buffer.AsSpan(token.Start, token.Length);

    public void Clear()
    {
        BufferLength = 0;
        Count = 0;
        Exclamations = Questions = Elongations = CapsWords = Urls = Handles = Hashtags = Numbers = Negators = 0;
    }

    /// <summary>Starts a token at the end of the buffer; append its characters then call <see cref="EndToken"/>.</summary>
    public int BeginToken() => BufferLength;

    public void Append(char c)
    {
        if (BufferLength == Buffer.Length)
        {
            var grown = new char[Buffer.Length * 2];
            Buffer.AsSpan(0, BufferLength).CopyTo(grown);
            Buffer = grown;
        }
        Buffer[BufferLength++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            Append(c);
    }

    public void EndToken(int start, TokenKind kind, float emphasis = 1f)
    {
        if (BufferLength == start)
            return;
        if (Count == Tokens.Length)
        {
            var grown = new Token[Tokens.Length * 2];
            Tokens.AsSpan(0, Count).CopyTo(grown);
            Tokens = grown;
        }
        Tokens[Count++] = new Token { Start = start, Length = BufferLength - start, Kind = kind, Emphasis = emphasis };
    }

    public void AddCue(ReadOnlySpan<char> cue)
    {
        var start = BeginToken();
        Append(cue);
        EndToken(start, TokenKind.Cue);
    }

    /// <summary>Forgets characters appended since <paramref name="start"/> (a hashtag that turned out to be a cue).</summary>
    public void RemoveLastChars(int start) => BufferLength = start;

    /// <summary>Keeps the first <paramref name="count"/> tokens (after idioms merged two tokens into one).</summary>
    public void Truncate(int count) => Count = count;
}
