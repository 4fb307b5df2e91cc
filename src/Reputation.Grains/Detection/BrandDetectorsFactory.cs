using Reputation.Detection.Influencer;
using Reputation.Detection.Shift;
using Reputation.Detection.Spikes;
using Reputation.TweetRisk.Tracking;

namespace Reputation.Grains.Brands;

/// <summary>Builds a brand's detectors from their persisted state, with the cluster's detector settings.</summary>
public sealed class BrandDetectorsFactory
{
    public NegativeSpikeOptions Spike { get; init; } = new();
    public SentimentShiftOptions Shift { get; init; } = new();
    public InfluencerNegativeOptions Influencer { get; init; } = new();
    public SuspectReleaseTrackerOptions Releases { get; init; } = new();

    internal BrandDetectors Create(BrandDetectorsState state) => new(state, this);
}
