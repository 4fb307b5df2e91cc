using Reputation.Ingestion.Tests.Support;

namespace Reputation.Ingestion.Tests;

public sealed class AtLeastOnceTests
{
    private static readonly string[] Brands = ["acme", "globex", "initech"];

    [Fact]
    public async Task A_consumer_replaced_half_way_loses_nothing()
    {
        await using var bed = new KafkaTestBed();
        var mentions = TestMentions.ValidSet(Brands, 200);
        var sink = new RecordingSink();
        await bed.ProduceAsync(mentions.Take(300));
        var first = await bed.StartConsumerAsync(sink);
        await Eventually.TrueAsync(() => sink.DistinctCount >= 100, "the first consumer made progress");

        await bed.StopConsumerAsync(first);
        await bed.ProduceAsync(mentions.Skip(300));
        await bed.StartConsumerAsync(sink);

        await Eventually.TrueAsync(() => sink.DistinctCount >= mentions.Count, "every mention delivered after the restart");
        foreach (var brand in Brands)
        {
            Assert.Equal(mentions.Where(m => m.Brand == brand).Select(m => m.Id).ToHashSet(), sink.Ids(brand));
        }
    }

    [Fact]
    public async Task Nothing_is_committed_while_the_sink_fails_and_everything_is_delivered_once_it_recovers()
    {
        await using var bed = new KafkaTestBed(partitions: 3);
        var mentions = TestMentions.ValidSet(Brands, 50);
        var sink = new RecordingSink { Fails = _ => true };
        await bed.ProduceAsync(mentions);
        await bed.StartConsumerAsync(sink);

        await Eventually.TrueAsync(() => sink.Failures >= 6, "the sink was tried and failed repeatedly");
        Assert.All(bed.Committed().Values, offset => Assert.True(offset < 0, $"offset {offset} committed although nothing was acknowledged"));
        Assert.Equal(0, sink.DistinctCount);

        sink.Fails = _ => false;
        await Eventually.TrueAsync(() => sink.DistinctCount >= mentions.Count, "every mention delivered after the sink recovered");
        await Eventually.TrueAsync(() => bed.Committed().Values.Where(v => v > 0).Sum() == mentions.Count, "offsets committed to the end");
    }

    [Fact]
    public async Task Stopping_mid_batch_commits_only_the_acknowledged_prefix_of_a_partition()
    {
        await using var bed = new KafkaTestBed(partitions: 1);
        // One partition, brands interleaved: acme acme globex acme. globex's grain is down.
        var order = new[] { TestMentions.Valid("acme", 1), TestMentions.Valid("acme", 2), TestMentions.Valid("globex", 1), TestMentions.Valid("acme", 3) };
        await bed.ProduceAsync(order);
        var sink = new RecordingSink { Fails = brand => brand == "globex" };
        var consumer = await bed.StartConsumerAsync(sink);
        await Eventually.TrueAsync(() => sink.Ids("acme").Count == 3 && sink.Failures >= 2, "acme delivered, globex failing");

        await bed.StopConsumerAsync(consumer);
        // acme-3 was acknowledged but sits after the unacknowledged globex-1: the commit stops before globex-1.
        Assert.Equal(2, bed.Committed()[0]);

        var healthy = new RecordingSink();
        await bed.StartConsumerAsync(healthy);
        await Eventually.TrueAsync(() => healthy.Ids("globex").Count == 1 && healthy.Ids("acme").Contains("acme-3"), "the rest delivered by the next consumer");
        Assert.DoesNotContain("acme-1", healthy.Ids("acme"));
        await Eventually.TrueAsync(() => bed.Committed()[0] == 4, "offsets committed to the end");
    }
}
