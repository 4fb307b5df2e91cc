using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Mentions;
using Reputation.Grains.Alerts;
using Reputation.Grains.Timeline;

namespace Reputation.Grains.Brands;

/// <summary>An incident a detector considers over, with why.</summary>
internal sealed record Closure(AlertType Type, string IncidentKey, string Why);

/// <summary>The detectors of one brand, fed in event time by the brand grain.</summary>
internal sealed class BrandDetectors(BrandDetectorsState state)
{
    public IEnumerable<Finding> Observe(IReadOnlyList<ScoredMention> accepted, MinuteSeries series, Brand profile, DateTimeOffset clock) => [];

    public IEnumerable<Finding> Advance(MinuteSeries series, Brand profile, DateTimeOffset now) => [];

    public IEnumerable<Closure> Closures(DateTimeOffset now) => [];

    public IReadOnlyList<TimelineBucket> WithExpectations(IReadOnlyList<TimelineBucket> buckets) => buckets;

    public double? ExpectedNegative(long fromMinute, long toMinute) => null;

    public BrandDetectorsState Snapshot() => state;
}
