using System.Text.Json.Nodes;
using NJsonSchema;
using NJsonSchema.Validation;
using Reputation.Deploy.Tests.Support;

namespace Reputation.Deploy.Tests;

/// <summary>helm/reputation/values.yaml against values.schema.json, as helm lint/install would check it.</summary>
public sealed class ValuesSchemaTests
{
    private static readonly string ChartFolder = RepoPaths.Combine("helm", "reputation");

    private static async Task<JsonSchema> LoadSchemaAsync() =>
        await JsonSchema.FromJsonAsync(await File.ReadAllTextAsync(Path.Combine(ChartFolder, "values.schema.json")));

    private static JsonObject LoadValues() => YamlJson.Load(Path.Combine(ChartFolder, "values.yaml")).AsObject();

    [Fact]
    public void Schema_declares_draft_07()
    {
        var schema = JsonNode.Parse(File.ReadAllText(Path.Combine(ChartFolder, "values.schema.json")))!;

        Assert.Equal("http://json-schema.org/draft-07/schema#", schema["$schema"]!.GetValue<string>());
    }

    [Fact]
    public async Task Default_values_validate()
    {
        var schema = await LoadSchemaAsync();

        var errors = schema.Validate(LoadValues().ToJsonString());

        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")));
    }

    [Fact]
    public async Task Schema_describes_every_value_key()
    {
        var schema = await LoadSchemaAsync();
        var missing = new List<string>();

        CollectUndescribed(LoadValues(), schema, "", missing);

        Assert.True(missing.Count == 0, "values without a schema entry: " + string.Join(", ", missing));
    }

    public static TheoryData<string, string, ValidationErrorKind> BrokenValues() => new()
    {
        { "replicaCount", "\"three\"", ValidationErrorKind.IntegerExpected },
        { "replicaCount", "0", ValidationErrorKind.NumberTooSmall },
        { "orleans.clustering", "\"zookeeper\"", ValidationErrorKind.NotInEnumeration },
        { "orleans.storage", "\"cassandra\"", ValidationErrorKind.NotInEnumeration },
        { "image.pullPolicy", "\"Sometimes\"", ValidationErrorKind.NotInEnumeration },
        { "kafka.topic", "\"mentions topic\"", ValidationErrorKind.PatternMismatch },
        { "service.port", "70000", ValidationErrorKind.NumberTooBig },
        { "keda.enabled", "\"yes\"", ValidationErrorKind.BooleanExpected },
        { "serviceMonitor.interval", "\"often\"", ValidationErrorKind.PatternMismatch },
        { "kafka.partitons", "12", ValidationErrorKind.NoAdditionalPropertiesAllowed },
        { "replicas", "2", ValidationErrorKind.NoAdditionalPropertiesAllowed },
        { "digest.hourUtc", "24", ValidationErrorKind.NumberTooBig },
        { "digest.checkInterval", "\"5m\"", ValidationErrorKind.PatternMismatch },
    };

    [Theory]
    [MemberData(nameof(BrokenValues))]
    public async Task A_broken_value_does_not_validate(string path, string json, ValidationErrorKind expected)
    {
        var schema = await LoadSchemaAsync();
        var values = LoadValues();
        Set(values, path, JsonNode.Parse(json));

        var errors = Flatten(schema.Validate(values.ToJsonString())).ToList();

        Assert.Contains(errors, e => e.Kind == expected);
    }

    [Fact]
    public async Task Values_missing_a_required_section_do_not_validate()
    {
        var schema = await LoadSchemaAsync();
        var values = LoadValues();
        values.Remove("kafka");

        var errors = schema.Validate(values.ToJsonString());

        Assert.Contains(errors, e => e.Kind == ValidationErrorKind.PropertyRequired && e.Property == "kafka");
    }

    private static void Set(JsonObject root, string dottedPath, JsonNode? value)
    {
        var parts = dottedPath.Split('.');
        var target = root;
        foreach (var part in parts[..^1])
        {
            target = target[part]!.AsObject();
        }

        target[parts[^1]] = value;
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child
            ? new[] { e }.Concat(Flatten(child.Errors.SelectMany(kv => kv.Value)))
            : [e]);

    private static void CollectUndescribed(JsonObject values, JsonSchema schema, string path, List<string> missing)
    {
        foreach (var (key, value) in values)
        {
            var keyPath = path.Length == 0 ? key : $"{path}.{key}";
            if (!schema.Properties.TryGetValue(key, out var property))
            {
                missing.Add(keyPath);
                continue;
            }

            if (property.Description is null)
            {
                missing.Add(keyPath + " (no description)");
            }

            if (value is JsonObject child && property.Properties.Count > 0)
            {
                CollectUndescribed(child, property, keyPath, missing);
            }
        }
    }
}
