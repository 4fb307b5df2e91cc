using System.Text;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Mentions;

namespace Reputation.Benchmarks;

/// <summary>Representative inputs: a short English complaint, a Dutch reply, and a fake press release.</summary>
internal static class SampleMentions
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public const string Complaint = "My @acme order arrived broken again and support keeps ignoring me. Worst service ever, never buying again.";

    public const string DutchReply = "Eindelijk mijn pakket van Acme ontvangen, snelle levering en vriendelijke klantenservice!";

    public const string FakeRelease = "ACME Corp (NASDAQ: ACME) announces it will recall all products and file for bankruptcy, effective immediately. "
        + "For media inquiries contact press@acme-investor-news.com. Full statement at https://acme-investor-news.com/release";

    public static readonly Brand Acme = new()
    {
        Id = "acme",
        Name = "Acme",
        OfficialHandles = ["acme"],
        OfficialDomains = ["acme.com"],
    };

    public static Mention Mention(string text, string? lang = "en", int n = 0) => new()
    {
        Id = $"m-{n}",
        Brand = "acme",
        Source = "twitter",
        Text = text,
        PublishedAt = Now.AddSeconds(n),
        Lang = lang,
        Author = new MentionAuthor { Handle = "someone", Followers = 1_200 },
    };

    public static byte[] Json(string text, int n = 0) => Encoding.UTF8.GetBytes(
        $$"""{"id":"m-{{n}}","brand":"acme","source":"twitter","text":"{{text}}","publishedAt":"{{Now.AddSeconds(n):O}}","lang":"en","author":{"handle":"someone","followers":1200} }""");
}
