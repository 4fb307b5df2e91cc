using Prometheus;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Sentiment;

namespace Reputation.Grains.Brands;

/// <summary>Prometheus series the brand grains feed; labels are bounded (never the brand id).</summary>
internal static class BrandMetrics
{
    private const string OtherLanguage = "other";
    private static readonly string[] Languages = ["en", "fr", "nl", "de", "es", "it", OtherLanguage];

    private static readonly Counter SentimentTotal = Metrics.CreateCounter(
        "reputation_sentiment_total", "Mentions counted by the brand grains, by sentiment and language.", "label", "lang");

    /// <summary>Every series resolved once: this is counted for every mention, and a label lookup per mention showed in the profile.</summary>
    private static readonly Dictionary<string, Counter.Child>[] SentimentSeries = Enum.GetValues<SentimentLabel>()
        .Select(label => Languages.ToDictionary(lang => lang, lang => SentimentTotal.WithLabels(label.ToString().ToLowerInvariant(), lang), StringComparer.Ordinal))
        .ToArray();

    private static readonly Counter DuplicateTotal = Metrics.CreateCounter(
        "reputation_mentions_duplicate_total", "Mentions dropped by the brand grains because their id was already counted.");

    private static readonly Counter AlertsTotal = Metrics.CreateCounter(
        "reputation_alerts_total", "Alerts raised and updated, by type and severity.", "type", "severity", "event");

    public static void Sentiment(SentimentLabel label, string lang)
    {
        var byLanguage = SentimentSeries[(int)label];
        (byLanguage.GetValueOrDefault(lang) ?? byLanguage[OtherLanguage]).Inc();
    }

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
