using Reputation.Abstractions.Grains;
using static Reputation.Grains.Tests.Mentions;

namespace Reputation.Grains.Tests;

/// <summary>The receipts that let the ingestion lanes commit offsets only past stored batches.</summary>
[Collection(ClusterCollection.Name)]
public sealed class WriteBehindTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Applied_batches_become_durable_when_stored_and_a_graceful_deactivation_stores_them()
    {
        var brand = fixture.Client.GetGrain<IBrandGrain>("write-behind");
        var first = await brand.Apply([Scored("write-behind", "m-1", T0)], persistNow: false);
        var second = await brand.Apply([Scored("write-behind", "m-2", T0.AddMinutes(1))], persistNow: false);

        Assert.Equal(1, first.Accepted);
        Assert.Equal(first.Activation, second.Activation);
        Assert.Equal(first.Sequence + 1, second.Sequence);
        Assert.True(second.PersistedSequence < first.Sequence, "nothing was stored yet");

        var stored = await brand.Persist();
        Assert.Equal(second.Sequence, stored.PersistedSequence);

        var third = await brand.Apply([Scored("write-behind", "m-3", T0.AddMinutes(2))], persistNow: false);
        Assert.True(third.PersistedSequence < third.Sequence);
        await fixture.Cluster.DeactivateAsync(brand);
        await fixture.Cluster.WaitForDeactivationAsync(brand);

        // The next activation vouches for everything the previous one stored on its way out.
        var after = await brand.Apply([Scored("write-behind", "m-3", T0.AddMinutes(2))], persistNow: false);
        Assert.NotEqual(third.Activation, after.Activation);
        Assert.Equal(third.Activation, after.PreviousActivation);
        Assert.Equal(third.Sequence, after.PreviousPersistedSequence);
        Assert.Equal(0, after.Accepted);
        Assert.Equal(after.Sequence, after.PersistedSequence);
        Assert.Equal(3, (await brand.GetOverview()).TotalMentions);
    }

    [Fact]
    public async Task A_batch_of_duplicates_is_durable_only_when_nothing_before_it_is_unstored()
    {
        var brand = fixture.Client.GetGrain<IBrandGrain>("write-behind-dups");
        var applied = await brand.Apply([Scored("write-behind-dups", "m-1", T0)], persistNow: false);
        var again = await brand.Apply([Scored("write-behind-dups", "m-1", T0)], persistNow: false);
        Assert.Equal(0, again.Accepted);
        Assert.True(again.PersistedSequence < applied.Sequence, "a duplicate of an unstored mention is not durable either");

        var durable = await brand.Ingest([Scored("write-behind-dups", "m-1", T0)]);
        Assert.Equal(new IngestResult(0, 1), durable);
        var receipt = await brand.Persist();
        Assert.Equal(receipt.Sequence, receipt.PersistedSequence);
    }
}
