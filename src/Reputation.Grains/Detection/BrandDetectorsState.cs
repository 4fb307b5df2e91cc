using Reputation.Abstractions.Alerts;
using Reputation.Detection.Influencer;
using Reputation.Detection.Shift;
using Reputation.Detection.Spikes;
using Reputation.TweetRisk.Tracking;

namespace Reputation.Grains.Brands;

/// <summary>The persisted state of a brand's detectors; each part is bounded by its detector.</summary>
[GenerateSerializer]
public sealed class BrandDetectorsState
{
    [Id(0)] public NegativeSpikeState? Spike { get; set; }
    [Id(1)] public SentimentShiftState? Shift { get; set; }
    [Id(2)] public InfluencerNegativeState? Influencer { get; set; }
    [Id(3)] public SuspectReleaseState Releases { get; set; } = SuspectReleaseState.Empty;
    /// <summary>Spike steps still open for late mentions (index of the step since the epoch), with their reach-weighted negatives.</summary>
    [Id(4)] public List<PendingStep> PendingSteps { get; set; } = [];
    /// <summary>The last step the spike detector has seen; the next one follows it without a gap.</summary>
    [Id(5)] public long? LastClosedStep { get; set; }
    /// <summary>The hour the shift detector sees next (hours since the epoch).</summary>
    [Id(6)] public long? NextShiftHour { get; set; }
    /// <summary>What the baseline expected for the last day of steps, for the timeline's band.</summary>
    [Id(7)] public float[] Expected { get; set; } = new float[BandSteps];
    [Id(8)] public float[] Upper { get; set; } = new float[BandSteps];
    [Id(9)] public long NewestBandStep { get; set; } = long.MinValue;
    /// <summary>The most reaching negative mentions of the last minutes: the evidence a spike alert shows.</summary>
    [Id(10)] public List<WeightedEvidence> RecentNegatives { get; set; } = [];
    /// <summary>Event time of the last step at which the spike was still loud.</summary>
    [Id(11)] public DateTimeOffset? SpikeLoudAt { get; set; }

    public const int BandSteps = 288;
}

[GenerateSerializer]
public sealed class PendingStep
{
    [Id(0)] public long Step { get; set; }
    [Id(1)] public double Weight { get; set; }
}

[GenerateSerializer, Immutable]
public sealed record WeightedEvidence([property: Id(0)] AlertEvidence Evidence, [property: Id(1)] double Weight);
