using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Mentions;

namespace Reputation.Abstractions.Grains;

/// <summary>
/// One grain per brand (key = brand id): deduplicates, aggregates per minute, runs the detectors
/// and owns the brand's alerts. Called with batches of mentions (its ingestion lane sends one at a time), never per mention.
/// </summary>
public interface IBrandGrain : IGrainWithStringKey
{
    // Batches are [Immutable]: callers never change a list they handed over, so a call within the silo passes it
    // without the deep copy Orleans otherwise makes of every list argument (~1 % of busy CPU at 10,000 brands).

    /// <summary>Accepts a batch; returns once the batch is durably applied, so the caller may commit offsets.</summary>
    Task<IngestResult> Ingest([Immutable] IReadOnlyList<ScoredMention> batch);

    /// <summary>
    /// Accepts a batch and returns as soon as it is applied in memory (counted, detected, alerted); it is written
    /// with a later batch, on <see cref="Persist"/>, or at once when <paramref name="persistNow"/> is set or the batch
    /// changed an alert. The receipt says which batches are durable, so the caller commits offsets only past those.
    /// </summary>
    Task<IngestReceipt> Apply([Immutable] IReadOnlyList<ScoredMention> batch, bool persistNow);

    /// <summary>Writes what is applied but not yet stored; the receipt then covers every batch applied so far.</summary>
    Task<IngestReceipt> Persist();

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

/// <summary>
/// A brand's acknowledgement of <see cref="IBrandGrain.Apply"/>. Batches are numbered per activation: batch
/// <c>Sequence</c> of <c>Activation</c> is durable once <c>PersistedSequence</c> reaches it. A new activation reports
/// how far the previous one had stored its batches (it stores them when deactivated gracefully); a batch of an
/// activation that is neither, or was not stored, was lost with a crash and must be delivered again.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record IngestReceipt
{
    [Id(0)] public int Accepted { get; init; }
    [Id(1)] public int Duplicates { get; init; }
    [Id(2)] public required Guid Activation { get; init; }
    [Id(3)] public long Sequence { get; init; }
    [Id(4)] public long PersistedSequence { get; init; }
    [Id(5)] public Guid PreviousActivation { get; init; }
    [Id(6)] public long PreviousPersistedSequence { get; init; }
}
