namespace Reputation.TweetRisk.Provenance;

/// <summary>How a domain relates to the brand.</summary>
internal enum DomainRelation
{
    Unrelated,
    Official,
    /// <summary>Looks like an official domain: the classic fake-release trick.</summary>
    Lookalike,
    /// <summary>Carries the brand name but is not official (or the brand has no official domains to compare with).</summary>
    BrandName,
}

internal sealed record DomainVerdict(DomainRelation Relation, HostName Host, string? Resembles, string? Trick, double Strength)
{
    public string Describe() => Relation switch
    {
        DomainRelation.Lookalike => $"{Host.Display} resembles {Resembles} ({Trick})",
        DomainRelation.BrandName => $"{Host.Display} carries the brand name but is not an official domain",
        _ => Host.Registrable,
    };
}
