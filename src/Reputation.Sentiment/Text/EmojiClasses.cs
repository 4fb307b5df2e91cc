namespace Reputation.Sentiment.Text;

/// <summary>Emoji and ASCII emoticons mapped to a few sentiment classes, each a cue token the model learns a weight for.</summary>
public static class EmojiClasses
{
    public const string Positive = "emo_pos";
    public const string Love = "emo_love";
    public const string Laugh = "emo_laugh";
    public const string Negative = "emo_neg";
    public const string Angry = "emo_angry";
    public const string Sad = "emo_sad";
    public const string Irony = "emo_irony";
    public const string Other = "emo_other";

    private static readonly Dictionary<int, string> ByCodePoint = Build();

    // Longest first so ":-)" wins over ":-".
    private static readonly (string Text, string Class)[] Emoticons =
    [
        (">:(", Angry), (":'(", Sad), (":-)", Positive), (":-(", Negative), (":-D", Laugh), (";-)", Positive),
        (":-/", Negative), ("^_^", Positive), (":-p", Positive), (":-P", Positive),
        (":)", Positive), (":(", Negative), (":D", Laugh), (";)", Positive), (":/", Negative), ("<3", Love),
        (":P", Positive), (":p", Positive), ("xD", Laugh), ("XD", Laugh), ("=)", Positive), ("=(", Negative),
        (":|", Negative), ("D:", Sad), ("^^", Positive), (":o", Other), (":O", Other), (":s", Negative), (":S", Negative),
    ];

    private static Dictionary<int, string> Build()
    {
        var map = new Dictionary<int, string>();
        void Add(string cls, string emojis)
        {
            foreach (var rune in emojis.EnumerateRunes())
                if (rune.Value > 0x2000)
                    map[rune.Value] = cls;
        }
        Add(Positive, "😀😃😄😁😊🙂😇🤩😎👍👌🙌💪🎉🥳✨⭐🌟💯🏆✅😋🤗🙏👏🆒☀🌞🍾🥂🎊👑💎🚀🤘✌🤞😌☺");
        Add(Love, "😍🥰😘😗😙😚❤💕💖💗💓💞💘💝♥🧡💛💚💙💜🤍🖤😻💋🌹");
        Add(Laugh, "😂🤣😆😹😝😜😛🤪");
        Add(Negative, "😞😟😒😔😕🙁☹😖😣👎💩🤮🤢❌⛔🚫😬😑😐🤔😶🥱😴⚠🐌🗑");
        Add(Angry, "😠😡🤬😤👿💢🖕");
        Add(Sad, "😢😭😩😫😥😰😱😓😪💔🥺😿😨😧😦");
        Add(Irony, "🙃🤡😏🤦🙄🤷💀");
        return map;
    }

    /// <summary>The class of an emoji code point, or null when it is not an emoji we know (letters, punctuation).</summary>
    public static string? OfCodePoint(int codePoint)
    {
        if (ByCodePoint.TryGetValue(codePoint, out var cls))
            return cls;
        return IsPictograph(codePoint) ? Other : null;
    }

    /// <summary>Variation selectors, skin tones and joiners decorate an emoji and carry no sentiment of their own.</summary>
    public static bool IsModifier(int codePoint) =>
        codePoint is 0xFE0F or 0xFE0E or 0x200D or (>= 0x1F3FB and <= 0x1F3FF) or 0x20E3;

    private static bool IsPictograph(int codePoint) =>
        codePoint is (>= 0x1F300 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) or (>= 0x1F000 and <= 0x1F2FF);

    /// <summary>Matches an ASCII emoticon at <paramref name="index"/>; returns its length, or 0.</summary>
    public static int MatchEmoticon(ReadOnlySpan<char> text, int index, out string cls)
    {
        foreach (var (emoticon, emoticonClass) in Emoticons)
        {
            if (text[index..].StartsWith(emoticon, StringComparison.Ordinal))
            {
                var end = index + emoticon.Length;
                // An emoticon stands alone: "D:" inside "AND:" or ":p" in "http:p" is not one.
                if (end < text.Length && char.IsLetterOrDigit(text[end]))
                    continue;
                cls = emoticonClass;
                return emoticon.Length;
            }
        }
        cls = "";
        return 0;
    }
}
