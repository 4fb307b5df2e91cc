namespace Reputation.Sentiment.Text;

public enum TokenKind : byte
{
    /// <summary>A normalised word (lower-case, accents folded, elongation collapsed).</summary>
    Word,
    /// <summary>A marker the normaliser made: an emoji class, "!" or "?", an idiom, an irony cue.</summary>
    Cue,
    /// <summary>Clause punctuation ("." or ","): ends a negation scope and is never a feature itself.</summary>
    Break,
}

/// <summary>One token: a slice of <see cref="MentionTokens.Buffer"/>, kept as offsets so tokenising allocates nothing.</summary>
public struct Token
{
    public int Start;
    public int Length;
    public TokenKind Kind;
    /// <summary>Inside the scope of a negator ("not good", "pas bon"): featurised as NOT_good.</summary>
    public bool Negated;
    /// <summary>After a contrast word ("but", "mais", "maar"): the clause that usually carries the verdict.</summary>
    public bool AfterContrast;
    /// <summary>Strength from a preceding intensifier or diminisher, and from elongation ("sooo").</summary>
    public float Emphasis;
    /// <summary>Known polarity of a cue (an idiom such as "pas terrible"), added to the lexicon evidence.</summary>
    public float Prior;
}
