using System.Text.Json;
using Reputation.Deploy.Tests.Support;

namespace Reputation.Deploy.Tests;

/// <summary>Every YAML and JSON file of the deployment assets is well formed.</summary>
public sealed class ParseAllFilesTests
{
    private static List<string> YamlPaths()
    {
        var templates = RepoPaths.Combine("helm", "reputation", "templates") + Path.DirectorySeparatorChar;
        return RepoPaths.FilesUnder("deploy", ".yaml", ".yml")
            .Concat(RepoPaths.FilesUnder(Path.Combine("helm", "reputation"), ".yaml", ".yml"))
            // Templates are Go templates, not YAML; HelmTemplateTests checks them.
            .Where(f => !f.StartsWith(templates, StringComparison.Ordinal))
            .Select(RepoPaths.Relative)
            .ToList();
    }

    private static List<string> JsonPaths() =>
        RepoPaths.FilesUnder("deploy", ".json")
            .Concat(RepoPaths.FilesUnder(Path.Combine("helm", "reputation"), ".json"))
            .Select(RepoPaths.Relative)
            .ToList();

    public static TheoryData<string> YamlFiles() => [.. YamlPaths()];

    public static TheoryData<string> JsonFiles() => [.. JsonPaths()];

    [Fact]
    public void The_expected_assets_are_all_found()
    {
        var yaml = YamlPaths();
        var json = JsonPaths();

        Assert.Contains("deploy/compose.yaml", yaml);
        Assert.Contains("deploy/prometheus/prometheus.yml", yaml);
        Assert.Contains("deploy/prometheus/alerts.yml", yaml);
        Assert.Contains("helm/reputation/values.yaml", yaml);
        Assert.Contains("helm/reputation/Chart.yaml", yaml);
        Assert.DoesNotContain(yaml, f => f.Contains("/templates/", StringComparison.Ordinal));
        Assert.Contains("deploy/grafana/dashboards/reputation.json", json);
        Assert.Contains("helm/reputation/values.schema.json", json);
    }

    [Theory]
    [MemberData(nameof(YamlFiles))]
    public void Yaml_file_parses(string relativePath)
    {
        var documents = YamlJson.LoadAll(RepoPaths.Combine(relativePath));

        Assert.NotEmpty(documents);
        Assert.All(documents, d => Assert.NotNull(d));
    }

    [Theory]
    [MemberData(nameof(JsonFiles))]
    public void Json_file_parses(string relativePath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepoPaths.Combine(relativePath)));

        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
    }

    [Fact]
    public void Yaml_loader_rejects_duplicate_keys_and_keeps_quoted_numbers_as_strings()
    {
        Assert.ThrowsAny<Exception>(() => YamlJson.Parse("a: 1\na: 2\n"));

        var node = YamlJson.Parse("n: 3\ns: \"3\"\nb: true\nz: ~\nf: 1.5\nt: 15s\n")!;

        Assert.Equal(JsonValueKind.Number, node["n"]!.GetValueKind());
        Assert.Equal(JsonValueKind.String, node["s"]!.GetValueKind());
        Assert.Equal(JsonValueKind.True, node["b"]!.GetValueKind());
        Assert.Null(node["z"]);
        Assert.Equal(1.5, node["f"]!.GetValue<double>());
        Assert.Equal("15s", node["t"]!.GetValue<string>());
    }

    [Fact]
    public void Yaml_loader_applies_merge_keys_with_explicit_keys_winning()
    {
        var node = YamlJson.Parse("base: &b\n  x: 1\n  y: 2\nchild:\n  <<: *b\n  y: 3\n")!;

        Assert.Equal(1, node["child"]!["x"]!.GetValue<long>());
        Assert.Equal(3, node["child"]!["y"]!.GetValue<long>());
    }
}
