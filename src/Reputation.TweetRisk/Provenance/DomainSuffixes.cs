namespace Reputation.TweetRisk.Provenance;

/// <summary>
/// A small hand-written table of public suffixes: the common top-level domains and the multi-part
/// suffixes under which companies register (co.uk, com.au). It is deliberately short; an unknown
/// top-level domain is treated as a one-label suffix, which is right for nearly every new gTLD.
/// </summary>
internal static class DomainSuffixes
{
    private static readonly HashSet<string> MultiPart = new(StringComparer.Ordinal)
    {
        "co.uk", "org.uk", "ac.uk", "gov.uk", "ltd.uk", "plc.uk", "me.uk", "net.uk",
        "com.au", "net.au", "org.au", "gov.au", "edu.au",
        "co.nz", "org.nz", "net.nz",
        "co.jp", "ne.jp", "or.jp",
        "co.za", "org.za",
        "co.in", "net.in", "org.in",
        "com.br", "net.br", "org.br",
        "com.cn", "net.cn", "org.cn",
        "com.mx", "com.ar", "com.tr", "com.sg", "com.hk", "com.tw", "com.my",
        "co.kr", "or.kr", "co.il", "co.id",
        "gouv.fr", "asso.fr",
    };

    /// <summary>Top-level domains recognised when a bare domain is written in running text ("see vinci.group").</summary>
    private static readonly HashSet<string> KnownTopLevel = new(StringComparer.Ordinal)
    {
        "com", "net", "org", "info", "biz", "io", "co", "me", "tv", "cc", "ai", "app", "dev",
        "eu", "fr", "be", "nl", "de", "uk", "ie", "lu", "ch", "at", "es", "it", "pt", "se", "no", "dk", "fi", "pl",
        "cz", "gr", "ro", "hu", "ru", "ua", "tr", "us", "ca", "mx", "br", "ar", "au", "nz", "jp", "cn", "hk", "tw",
        "kr", "in", "sg", "za", "il", "ae",
        "group", "news", "press", "online", "site", "website", "xyz", "top", "email", "finance", "financial",
        "investments", "capital", "global", "world", "company", "inc", "ltd", "llc", "corp", "services", "media",
        "live", "today", "click", "link", "info", "pro", "store", "shop", "tech", "cloud", "agency", "partners",
    };

    /// <summary>The suffix of a host name, as the number of trailing labels it spans (1 or 2).</summary>
    public static int SuffixLabels(ReadOnlySpan<string> labels)
    {
        if (labels.Length >= 3 && MultiPart.Contains(labels[^2] + "." + labels[^1]))
        {
            return 2;
        }

        return 1;
    }

    public static bool IsKnownTopLevel(string label) =>
        KnownTopLevel.Contains(label) || label.StartsWith("xn--", StringComparison.Ordinal);
}
