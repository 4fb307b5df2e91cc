using System.Text.Json;
using System.Text.RegularExpressions;
using Reputation.Abstractions.Json;

namespace Reputation.Webhooks.Subscriptions;

/// <summary>Reads the contract spelling of an enum ("negative-spike", "high") through the contract JSON converters.</summary>
internal static partial class ContractEnum
{
    [GeneratedRegex("^[a-z][a-z-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    public static T? Parse<T>(string? value) where T : struct, Enum
    {
        if (value is null || !Word().IsMatch(value)) return null;
        try
        {
            return JsonSerializer.Deserialize<T>($"\"{value}\"", ContractJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Names<T>() where T : struct, Enum =>
        string.Join(", ", Enum.GetValues<T>().Select(v => JsonSerializer.Serialize(v, ContractJson.Options).Trim('"')));
}
