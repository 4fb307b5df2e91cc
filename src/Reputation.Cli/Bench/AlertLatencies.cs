using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Reputation.Cli.Bench;

/// <summary>
/// When each injected fake release was produced (its Kafka timestamp) and when its alert first reached a
/// channel. An alert names the mention in its evidence, so the match is by mention id.
/// </summary>
internal sealed partial class AlertLatencies
{
    private readonly ConcurrentDictionary<string, DateTime> produced = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, double> signalR = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, double> webhook = new(StringComparer.Ordinal);

    public const string IdPrefix = "bench-fake-";

    public int Injected => produced.Count;

    public int ReceivedBySignalR => signalR.Count;

    public int ReceivedByWebhook => webhook.Count;

    public void Produced(string mentionId, DateTime kafkaTimestampUtc) => produced[mentionId] = kafkaTimestampUtc;

    public void SignalRReceived(string alertJson, DateTime atUtc) => Record(signalR, alertJson, atUtc);

    public void WebhookReceived(string alertJson, DateTime atUtc) => Record(webhook, alertJson, atUtc);

    public IReadOnlyList<double> SignalRMilliseconds => [.. signalR.Values];

    public IReadOnlyList<double> WebhookMilliseconds => [.. webhook.Values];

    private void Record(ConcurrentDictionary<string, double> channel, string alertJson, DateTime atUtc)
    {
        foreach (Match match in InjectedId().Matches(alertJson))
        {
            if (produced.TryGetValue(match.Value, out var at))
            {
                // Only the first arrival counts: updates of the same alert come later by design.
                channel.TryAdd(match.Value, (atUtc - at).TotalMilliseconds);
            }
        }
    }

    [GeneratedRegex(IdPrefix + "[0-9]+")]
    private static partial Regex InjectedId();
}
