using Prometheus;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Sentiment;

namespace Reputation.Grains.Brands;

/// <summary>Prometheus series the brand grains feed; labels are bounded (never the brand id).</summary>
internal static class BrandMetrics
{
    private static readonly HashSet<string> KnownLanguages = ["en", "fr", "nl", "de", "es", "it"];

    private static readonly Counter SentimentTotal = Metrics.CreateCounter(
        "reputation_sentiment_total", "Mentions counted by the brand grains, by sentiment and language.", "label", "lang");

    private static readonly Counter DuplicateTotal = Metrics.CreateCounter(
        "reputation_mentions_duplicate_total", "Mentions dropped by the brand grains because their id was already counted.");

    private static readonly Counter AlertsTotal = Metrics.CreateCounter(
        "reputation_alerts_total", "Alerts raised and updated, by type and severity.", "type", "severity", "event");

    public static void Sentiment(SentimentLabel label, string lang) =>
        SentimentTotal.WithLabels(label.ToString().ToLowerInvariant(), KnownLanguages.Contains(lang) ? lang : "other").Inc();

    public static void Duplicates(int count)
    {
        if (count > 0)
        {
            DuplicateTotal.Inc(count);
        }
    }

    public static void Alert(Alert alert, string eventName) =>
        AlertsTotal.WithLabels(Kebab(alert.Type.ToString()), alert.Severity.ToString().ToLowerInvariant(), eventName == AlertEvents.Raised ? "raised" : "updated").Inc();

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
