using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Reputation.Deploy.Tests.Support;

/// <summary>
/// Loads YAML into JSON nodes with the YAML 1.2 core schema for plain scalars (as Helm and
/// Kubernetes read them), so a value typed 3 stays a number and "3" stays a string.
/// Merge keys (&lt;&lt;) are applied because compose files use them.
/// </summary>
internal static partial class YamlJson
{
    public static IReadOnlyList<JsonNode?> LoadAll(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        return stream.Documents.Select(d => ToJson(d.RootNode)).ToList();
    }

    public static JsonNode Load(string path)
    {
        var documents = LoadAll(path);
        Assert.True(documents.Count == 1, $"{path}: expected one YAML document, found {documents.Count}");
        return documents[0] ?? throw new InvalidDataException($"{path}: the document is empty");
    }

    public static JsonNode? Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : ToJson(stream.Documents[0].RootNode);
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlScalarNode scalar => Scalar(scalar),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlMappingNode mapping => Mapping(mapping),
        _ => throw new InvalidDataException($"unsupported YAML node {node.NodeType} at {node.Start}"),
    };

    private static JsonObject Mapping(YamlMappingNode mapping)
    {
        var result = new JsonObject();
        var merges = new List<YamlNode>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey)
            {
                throw new InvalidDataException($"non-scalar key at {keyNode.Start}");
            }

            if (key == "<<" && scalarKey.Style == ScalarStyle.Plain)
            {
                merges.Add(valueNode);
                continue;
            }

            if (result.ContainsKey(key))
            {
                throw new InvalidDataException($"duplicate key '{key}' at {keyNode.Start}");
            }

            result[key] = ToJson(valueNode);
        }

        // Explicit keys win over merged ones, and earlier merge sources over later ones.
        foreach (var source in merges.SelectMany(m => m is YamlSequenceNode s ? s.Children : [m]))
        {
            if (ToJson(source) is not JsonObject merged)
            {
                throw new InvalidDataException($"merge key value at {source.Start} is not a mapping");
            }

            foreach (var (key, value) in merged.ToList())
            {
                if (!result.ContainsKey(key))
                {
                    merged.Remove(key);
                    result[key] = value;
                }
            }
        }

        return result;
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain || !scalar.Tag.IsEmpty)
        {
            return JsonValue.Create(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE")
        {
            return JsonValue.Create(true);
        }

        if (text is "false" or "False" or "FALSE")
        {
            return JsonValue.Create(false);
        }

        if (IntegerPattern().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (FloatPattern().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(text);
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
