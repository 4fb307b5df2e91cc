using System.Text;
using System.Text.Json;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Json;
using Reputation.Abstractions.Mentions;

namespace Reputation.TweetRisk.Tests;

/// <summary>One labelled case of Data/press-releases.jsonl: a contract mention plus its label.</summary>
internal sealed record LabelledCase(Mention Mention, bool ExpectedSuspect, string Category, string Split);

/// <summary>Loads the labelled set and its brands through the same parser the live service uses.</summary>
internal static class LabelledSet
{
    private static readonly string DataDirectory = Path.Combine(AppContext.BaseDirectory, "Data");

    public static IReadOnlyDictionary<string, Brand> Brands()
    {
        var json = File.ReadAllText(Path.Combine(DataDirectory, "brands.json"));
        var brands = JsonSerializer.Deserialize<List<Brand>>(json, ContractJson.Options)
            ?? throw new InvalidDataException("brands.json is empty.");
        return brands.ToDictionary(b => b.Id);
    }

    public static Brand BrandFor(IReadOnlyDictionary<string, Brand> brands, string id) =>
        brands.TryGetValue(id, out var brand) ? brand : Brand.Default(id);

    public static IReadOnlyList<LabelledCase> Cases()
    {
        var parser = new MentionParser(TimeProvider.System);
        var cases = new List<LabelledCase>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(Path.Combine(DataDirectory, "press-releases.jsonl")))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var parsed = parser.Parse(Encoding.UTF8.GetBytes(line));
            if (!parsed.IsValid)
            {
                throw new InvalidDataException($"press-releases.jsonl line {lineNumber}: {parsed.Error}");
            }

            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            cases.Add(new LabelledCase(
                parsed.Mention!,
                root.GetProperty("expectedSuspect").GetBoolean(),
                root.GetProperty("category").GetString()!,
                root.GetProperty("split").GetString()!));
        }

        return cases;
    }
}
