using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Mentions;

namespace Reputation.Abstractions.Grains;

/// <summary>
/// One grain per brand (key = brand id): deduplicates, aggregates per minute, runs the detectors
/// and owns the brand's alerts. Called once per brand per consumed batch, never per mention.
/// </summary>
public interface IBrandGrain : IGrainWithStringKey
{
    /// <summary>Accepts a batch; returns once the batch is durably applied, so the caller may commit offsets.</summary>
    Task<IngestResult> Ingest(IReadOnlyList<ScoredMention> batch);

    /// <summary>Moves event time forward without mentions (replay, quiet brands), so incidents can close.</summary>
    Task AdvanceClock(DateTimeOffset now);

    Task<BrandTimeline> GetTimeline(int minutes);

    Task<BrandOverview> GetOverview();

    /// <summary>
    /// Totals by sentiment over every minute that overlaps [<paramref name="from"/>, <paramref name="to"/>), at minute
    /// resolution and clamped to the kept minutes (7 days): older minutes count as zero.
    /// </summary>
    Task<BrandVolume> GetVolume(DateTimeOffset from, DateTimeOffset to);

    /// <summary>
    /// The most frequent terms of the negative mentions published on a UTC day; only the newest two days are kept,
    /// an older day has none.
    /// </summary>
    Task<IReadOnlyList<TermCount>> GetDayTerms(DateOnly day, int count);

    Task<IReadOnlyList<Alert>> GetAlerts();

    /// <summary>Acknowledges or resolves an alert on behalf of <paramref name="by"/>; null when the id is unknown.</summary>
    Task<Alert?> ChangeAlertStatus(string alertId, AlertStatus status, string by);

    Task<Brand> GetProfile();

    Task SetProfile(Brand profile);
}

[GenerateSerializer, Immutable]
public sealed record IngestResult([property: Id(0)] int Accepted, [property: Id(1)] int Duplicates);
