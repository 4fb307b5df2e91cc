using System.Net;

namespace Reputation.Reliability.Tests;

/// <summary>
/// The real server for the reliability tests: the server tests' <see cref="ReputationHost"/> with smaller topics and,
/// where a test asks, every log line captured.
/// </summary>
internal static class ReliabilityHost
{
    public static ReputationHost Create(IReadOnlyDictionary<string, string?>? overrides = null, CapturedLogs? logs = null)
    {
        var settings = new Dictionary<string, string?> { ["Kafka:Partitions"] = "4" };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new ReputationHost(settings, logs);
    }

    /// <summary>The status a GET answers with, or 0 when nothing answers.</summary>
    public static async Task<HttpStatusCode> Status(HttpClient client, string path)
    {
        try
        {
            using var response = await client.GetAsync(path);
            return response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return 0;
        }
    }
}
