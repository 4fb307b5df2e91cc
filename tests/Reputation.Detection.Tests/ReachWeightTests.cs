using Reputation.Detection.Reach;
using Reputation.Detection.Spikes;

namespace Reputation.Detection.Tests;

public class ReachWeightTests
{
    [Fact]
    public void An_ordinary_author_counts_about_one_and_a_large_voice_counts_more()
    {
        Assert.Equal(1.0, ReachWeight.Of(0, 0));
        Assert.InRange(ReachWeight.Of(1_000, 0), 1.29, 1.31);
        Assert.InRange(ReachWeight.Of(100_000, 0), 3.0, 3.01);
        Assert.True(ReachWeight.Of(1_000, 50) > ReachWeight.Of(1_000, 0));
        Assert.True(ReachWeight.Of(50_000, 0) > ReachWeight.Of(5_000, 0));
    }

    [Fact]
    public void No_single_author_weighs_enough_to_start_a_spike_alone()
    {
        Assert.Equal(ReachWeight.MaxWeight, ReachWeight.Of(500_000_000, 1_000_000));
        Assert.True(ReachWeight.MaxWeight < new NegativeSpikeOptions().MinExcess);
    }

    [Fact]
    public void Unknown_or_negative_counts_count_as_zero()
    {
        Assert.Equal(1.0, ReachWeight.Of(-5, -3));
    }
}
