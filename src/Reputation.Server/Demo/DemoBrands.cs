using Reputation.Abstractions.Brands;

namespace Reputation.Server.Demo;

/// <summary>The demo brands: registered with official domains and handles so tweet-risk has something to compare with.</summary>
internal static class DemoBrands
{
    public static readonly IReadOnlyList<Brand> All =
    [
        new()
        {
            Id = "proximus", Name = "Proximus", Aliases = ["#Proximus"], OfficialDomains = ["proximus.be", "proximus.com"],
            OfficialHandles = ["@proximus", "@Proximus_Press"], Competitors = ["orange-belgium"], Languages = ["fr", "nl", "en"],
        },
        new()
        {
            Id = "orange-belgium", Name = "Orange Belgium", Aliases = ["Orange"], OfficialDomains = ["orange.be"],
            OfficialHandles = ["@OrangeBENL", "@OrangeBEFR"], Competitors = ["proximus"], Languages = ["fr", "nl", "en"],
        },
        new()
        {
            Id = "vinci", Name = "VINCI", Aliases = ["Vinci SA", "#VINCI"], OfficialDomains = ["vinci.com"],
            OfficialHandles = ["@VINCI", "@VINCI_Press"], Competitors = ["eiffage"], Languages = ["fr", "en"],
        },
        new()
        {
            Id = "eiffage", Name = "Eiffage", Aliases = ["#Eiffage"], OfficialDomains = ["eiffage.com"],
            OfficialHandles = ["@Eiffage"], Competitors = ["vinci"], Languages = ["fr", "en"],
        },
    ];
}
