namespace Reputation.TweetRisk.Provenance;

/// <summary>
/// Judges a host against a brand's official domains: official, lookalike (edit distance, homoglyph, punycode
/// IDN, added word or hyphen, swapped TLD, official domain used as a subdomain), brand name in an
/// unofficial domain, or unrelated.
/// </summary>
internal static class LookalikeDomains
{
    public static DomainVerdict Judge(HostName host, BrandProfile brand)
    {
        foreach (var official in brand.OfficialDomains)
        {
            if (host.IsWithin(official.Registrable) || host.IsWithin(official.Host))
            {
                return new DomainVerdict(DomainRelation.Official, host, official.Registrable, null, 0);
            }
        }

        foreach (var official in brand.OfficialDomains)
        {
            if (Compare(host, official) is { } verdict)
            {
                return verdict;
            }
        }

        return BrandNameIn(host, brand);
    }

    private static DomainVerdict? Compare(HostName host, HostName official)
    {
        var resembles = official.Registrable;

        // vinci.com.evil.io: the official domain spelled out in front of someone else's domain.
        if (host.Subdomain.Length > 0 && ("." + host.Subdomain + ".").Contains("." + official.Registrable + ".", StringComparison.Ordinal))
        {
            return new DomainVerdict(DomainRelation.Lookalike, host, resembles, "official domain used as a subdomain", 0.95);
        }

        if (host.Label == official.Label)
        {
            return new DomainVerdict(DomainRelation.Lookalike, host, resembles, "same name, other TLD", 0.95);
        }

        var skeleton = host.LabelSkeleton;
        var officialSkeleton = official.LabelSkeleton;
        if (skeleton == officialSkeleton)
        {
            var trick = Confusables.HasNonAscii(host.Label) ? "IDN homoglyph" : "homoglyph";
            return new DomainVerdict(DomainRelation.Lookalike, host, resembles, trick, 0.95);
        }

        // kbc-investors.com: a short brand name with a word added after a hyphen.
        if (official.Label.Length < BrandProfile.MinContainedStem && host.Label.StartsWith(official.Label + "-", StringComparison.Ordinal))
        {
            return new DomainVerdict(DomainRelation.Lookalike, host, resembles, "hyphenated addition", 0.85);
        }

        if (official.Label.Length >= BrandProfile.MinContainedStem)
        {
            var bound = official.Label.Length >= 8 ? 2 : 1;
            if (EditDistance.Compute(skeleton, officialSkeleton, bound) <= bound)
            {
                return new DomainVerdict(DomainRelation.Lookalike, host, resembles, "edit distance", 0.9);
            }

            if (skeleton.Contains(officialSkeleton, StringComparison.Ordinal))
            {
                var trick = host.Label.Contains('-') ? "hyphenated addition" : "added word";
                return new DomainVerdict(DomainRelation.Lookalike, host, resembles, trick, 0.85);
            }

            // vinci.evil.io or vinci-ir.evil.io: the brand as a subdomain label.
            foreach (var label in host.Subdomain.Split('.', StringSplitOptions.RemoveEmptyEntries))
            {
                var labelSkeleton = Confusables.Skeleton(label);
                if (labelSkeleton == officialSkeleton || labelSkeleton.Contains(officialSkeleton, StringComparison.Ordinal))
                {
                    return new DomainVerdict(DomainRelation.Lookalike, host, resembles, "brand as a subdomain", 0.8);
                }
            }
        }

        return null;
    }

    private static DomainVerdict BrandNameIn(HostName host, BrandProfile brand)
    {
        var compactLabel = host.LabelSkeleton;
        var compactHost = Confusables.Skeleton(host.Host.Replace(".", "", StringComparison.Ordinal));
        foreach (var stemSkeleton in brand.StemSkeletons)
        {
            if (!compactHost.Contains(stemSkeleton, StringComparison.Ordinal))
            {
                continue;
            }

            // Without official domains to compare with, the plain brand domain (vinci.com) may well be the
            // official one; only a brand name with something added is worth a warning.
            if (!brand.HasOfficialDomains && compactLabel == stemSkeleton)
            {
                continue;
            }

            var strength = brand.HasOfficialDomains ? 0.75 : 0.45;
            return new DomainVerdict(DomainRelation.BrandName, host, null, null, strength);
        }

        return new DomainVerdict(DomainRelation.Unrelated, host, null, null, 0);
    }
}
