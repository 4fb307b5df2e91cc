using System.Globalization;

namespace Reputation.TweetRisk.Provenance;

/// <summary>
/// A host name split the way lookalike checks need it: Unicode form (punycode decoded), registrable domain
/// (one label above the public suffix), and the labels in front of it.
/// </summary>
internal sealed record HostName
{
    private static readonly IdnMapping Idn = new() { AllowUnassigned = true, UseStd3AsciiRules = false };

    /// <summary>The host as written, punycode decoded and lower-cased ("vіnci.com" with a Cyrillic і).</summary>
    public required string Host { get; init; }
    /// <summary>The ASCII (punycode) form, shown next to the Unicode one so the trick is visible.</summary>
    public required string AsciiHost { get; init; }
    public required string Registrable { get; init; }
    /// <summary>The registrable domain's own label: "vinci" for vinci.group, "vinci-investors" for vinci-investors.com.</summary>
    public required string Label { get; init; }
    public required string Suffix { get; init; }
    /// <summary>The label's confusable skeleton (<see cref="Confusables.Skeleton"/>), computed once per host.</summary>
    public required string LabelSkeleton { get; init; }
    /// <summary>Everything in front of the registrable domain ("vinci.com" for vinci.com.evil.io), or empty.</summary>
    public required string Subdomain { get; init; }

    public bool IsInternationalized => !string.Equals(Host, AsciiHost, StringComparison.Ordinal);

    public static HostName? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.HostNameType != UriHostNameType.Dns)
        {
            return null;
        }

        return Parse(uri.IdnHost);
    }

    /// <summary>Parses a host name in ASCII or Unicode form; null when it is not a host name with a suffix.</summary>
    public static HostName? Parse(string host)
    {
        host = host.Trim().TrimEnd('.').ToLowerInvariant();
        if (host.Length is 0 or > 253 || host.IndexOf('.') < 0)
        {
            return null;
        }

        string ascii, unicode;
        try
        {
            ascii = Idn.GetAscii(host);
            unicode = Idn.GetUnicode(ascii);
        }
        catch (ArgumentException)
        {
            return null;
        }

        var labels = unicode.Split('.');
        if (labels.Any(l => l.Length == 0))
        {
            return null;
        }

        var suffixLabels = DomainSuffixes.SuffixLabels(labels);
        if (labels.Length <= suffixLabels)
        {
            return null;
        }

        var suffix = string.Join('.', labels[^suffixLabels..]);
        var label = labels[^(suffixLabels + 1)];
        var subdomain = string.Join('.', labels[..^(suffixLabels + 1)]);
        return new HostName
        {
            Host = unicode,
            AsciiHost = ascii,
            Registrable = label + "." + suffix,
            Label = label,
            Suffix = suffix,
            LabelSkeleton = Confusables.Skeleton(label),
            Subdomain = subdomain,
        };
    }

    /// <summary>True when this host is the domain or one of its subdomains.</summary>
    public bool IsWithin(string domain) =>
        string.Equals(Host, domain, StringComparison.Ordinal) || Host.EndsWith("." + domain, StringComparison.Ordinal)
        || string.Equals(AsciiHost, domain, StringComparison.Ordinal) || AsciiHost.EndsWith("." + domain, StringComparison.Ordinal);

    public string Display => IsInternationalized ? $"{Host} ({AsciiHost})" : Host;
}
