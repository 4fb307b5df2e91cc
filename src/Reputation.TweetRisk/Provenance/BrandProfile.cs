using System.Runtime.CompilerServices;
using Reputation.Abstractions.Brands;
using Reputation.TweetRisk.Cues;

namespace Reputation.TweetRisk.Provenance;

/// <summary>
/// What the provenance checks need to know about a brand, computed once per <see cref="Brand"/> instance:
/// its official hosts and handles, and the stems its name takes inside domains and handles.
/// </summary>
internal sealed class BrandProfile
{
    /// <summary>Stems shorter than this match too many unrelated words when searched inside a domain or handle.</summary>
    public const int MinContainedStem = 4;

    private static readonly ConditionalWeakTable<Brand, BrandProfile> Cache = new();

    public required string DisplayName { get; init; }
    public required IReadOnlyList<HostName> OfficialDomains { get; init; }
    public required IReadOnlySet<string> OfficialHandles { get; init; }
    /// <summary>Compact brand stems ("vinci", "fingerprintcards", "fingerprints"), longest first.</summary>
    public required IReadOnlyList<string> Stems { get; init; }

    /// <summary>Confusable skeletons of the stems long enough to search inside a domain.</summary>
    public required IReadOnlyList<string> StemSkeletons { get; init; }

    public bool HasOfficialDomains => OfficialDomains.Count > 0;
    public bool HasOfficialHandles => OfficialHandles.Count > 0;

    public static BrandProfile For(Brand brand) => Cache.GetValue(brand, Build);

    public static string NormalizeHandle(string handle) => handle.Trim().TrimStart('@').ToLowerInvariant();

    private static BrandProfile Build(Brand brand)
    {
        var domains = new List<HostName>();
        foreach (var entry in brand.OfficialDomains)
        {
            // The brand validator should only let host names through; a URL or junk entry is tolerated, not fatal.
            var text = entry.Contains("://", StringComparison.Ordinal)
                ? (Uri.TryCreate(entry, UriKind.Absolute, out var uri) ? uri.Host : "")
                : entry;
            if (HostName.Parse(text) is { } host)
            {
                domains.Add(host);
            }
        }

        var handles = brand.OfficialHandles.Select(NormalizeHandle).Where(h => h.Length > 0).ToHashSet(StringComparer.Ordinal);

        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in new[] { brand.Name, brand.Id }.Concat(brand.Aliases))
        {
            AddStem(stems, TextFolding.Compact(name));
            // "Fingerprint Cards" is also written "fingerprint" alone; "Vinci SA" is "vinci".
            var firstWord = TextFolding.Fold(name).Split([' ', '-', '#', '.'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            if (firstWord is not null) AddStem(stems, TextFolding.Compact(firstWord));
        }

        foreach (var domain in domains) AddStem(stems, TextFolding.Compact(domain.Label));
        foreach (var handle in handles) AddStem(stems, TextFolding.Compact(handle));

        var ordered = stems.OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal).ToList();
        return new BrandProfile
        {
            DisplayName = string.IsNullOrWhiteSpace(brand.Name) ? brand.Id : brand.Name,
            OfficialDomains = domains,
            OfficialHandles = handles,
            Stems = ordered,
            StemSkeletons = ordered.Where(s => s.Length >= MinContainedStem).Select(Confusables.Skeleton).Distinct().ToList(),
        };
    }

    private static void AddStem(HashSet<string> stems, string stem)
    {
        if (stem.Length >= 3)
        {
            stems.Add(stem);
        }
    }

    /// <summary>The brand stem found inside a compact string (handle, name or domain label), or null.</summary>
    public string? StemIn(string compact)
    {
        foreach (var stem in Stems)
        {
            // Three-letter brands (KBC) match only at the start ("kbcpress"), not inside unrelated words.
            if (stem.Length >= MinContainedStem ? compact.Contains(stem, StringComparison.Ordinal) : compact.StartsWith(stem, StringComparison.Ordinal))
            {
                return stem;
            }
        }

        return null;
    }
}
