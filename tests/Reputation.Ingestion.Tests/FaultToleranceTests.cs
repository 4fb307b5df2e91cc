using Reputation.Ingestion.Embedded;
using Reputation.Ingestion.Tests.Support;

namespace Reputation.Ingestion.Tests;

public sealed class FaultToleranceTests
{
    private static readonly string[] Brands = ["acme", "globex", "initech", "umbrella", "hooli", "vandelay"];

    [Fact]
    public async Task A_broker_down_for_seconds_during_production_and_consumption_loses_nothing()
    {
        await using var bed = new KafkaTestBed(brokers: 3, partitions: 6);
        // Enough brands that every partition, so every broker, carries traffic.
        var brands = Enumerable.Range(0, 24).Select(i => $"brand-{i}").ToArray();
        var mentions = TestMentions.ValidSet(brands, 10);
        var sink = new RecordingSink();
        await bed.ProduceAsync(mentions.Take(120));
        await bed.StartConsumerAsync(sink);
        await Eventually.TrueAsync(() => sink.DistinctCount >= 60, "consumption under way");

        bed.Cluster.SetBrokerDown(2);
        var producing = bed.ProduceAsync(mentions.Skip(120));
        await Task.Delay(TimeSpan.FromSeconds(3));
        // Partitions led by broker 2 cannot acknowledge meanwhile; the producer must wait and retry, not fail.
        Assert.False(producing.IsFaulted, producing.Exception?.ToString());
        bed.Cluster.SetBrokerUp(2);
        await producing;

        await Eventually.TrueAsync(() => sink.DistinctCount >= mentions.Count, "every mention delivered after the broker came back");
        Assert.Equal(mentions.Select(m => m.Id).ToHashSet(), sink.All().Values.SelectMany(ids => ids).ToHashSet());
        // The idempotent producer wrote each message exactly once despite its retries.
        Assert.Equal(mentions.Count, bed.EndOffsetTotal());
    }

    [Fact]
    public async Task Injected_produce_fetch_and_commit_errors_lose_nothing()
    {
        await using var bed = new KafkaTestBed(partitions: 4);
        var mentions = TestMentions.ValidSet(Brands, 40);
        bed.Cluster.PushRequestErrors(KafkaApiKey.Produce, ErrorCode.NotEnoughReplicas, ErrorCode.NotLeaderForPartition, ErrorCode.RequestTimedOut);
        await bed.ProduceAsync(mentions.Take(120));

        bed.Cluster.PushRequestErrors(KafkaApiKey.Fetch, ErrorCode.NotLeaderForPartition, ErrorCode.UnknownTopicOrPart, ErrorCode.RequestTimedOut);
        bed.Cluster.PushRequestErrors(KafkaApiKey.OffsetCommit, ErrorCode.GroupLoadInProgress, ErrorCode.RequestTimedOut, ErrorCode.GroupAuthorizationFailed, ErrorCode.GroupAuthorizationFailed);
        var sink = new RecordingSink();
        await bed.StartConsumerAsync(sink);
        await bed.ProduceAsync(mentions.Skip(120));

        await Eventually.TrueAsync(() => sink.DistinctCount >= mentions.Count, "every mention delivered despite the errors");
        Assert.Equal(mentions.Select(m => m.Id).ToHashSet(), sink.All().Values.SelectMany(ids => ids).ToHashSet());
        Assert.Equal(mentions.Count, bed.EndOffsetTotal());
        await Eventually.TrueAsync(() => bed.Committed().Values.Where(v => v > 0).Sum() == mentions.Count, "offsets committed to the end");
    }

    [Theory]
    [InlineData("classic")]
    [InlineData("consumer")]
    public async Task A_second_consumer_joining_mid_stream_loses_nothing(string groupProtocol)
    {
        await using var bed = new KafkaTestBed(partitions: 6, groupProtocol: groupProtocol);
        // Many brands, so that every partition gets traffic whichever the second member is given.
        var brands = Enumerable.Range(0, 24).Select(i => $"brand-{i}").ToArray();
        var first = new RecordingSink();
        var second = new RecordingSink();
        await bed.StartConsumerAsync(first);
        var produced = new List<string>();
        var round = 0;

        async Task ProduceRoundAsync()
        {
            var mentions = brands.Select(b => TestMentions.Valid(b, round)).ToList();
            round++;
            await bed.ProduceAsync(mentions);
            produced.AddRange(mentions.Select(m => m.Id));
        }

        for (var i = 0; i < 10; i++)
        {
            await ProduceRoundAsync();
        }

        await Eventually.TrueAsync(() => first.DistinctCount >= 100, "the first consumer under way");
        await bed.StartConsumerAsync(second);
        // Keep the stream going through the rebalance until the newcomer has work, within a bound.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (second.DistinctCount == 0 && DateTime.UtcNow < deadline)
        {
            await ProduceRoundAsync();
            await Task.Delay(50);
        }

        Assert.True(second.DistinctCount > 0, "the second consumer never received partitions");
        for (var i = 0; i < 5; i++)
        {
            await ProduceRoundAsync();
        }

        var ids = produced.ToHashSet();
        await Eventually.TrueAsync(
            () => first.All().Values.Concat(second.All().Values).SelectMany(x => x).ToHashSet().SetEquals(ids),
            "every mention delivered by one consumer or the other");
    }

    [Fact]
    public async Task The_producer_recovers_from_a_fatal_idempotence_error()
    {
        await using var bed = new KafkaTestBed(partitions: 1);
        var mentions = TestMentions.ValidSet(["acme"], 30);
        await bed.ProduceAsync(mentions.Take(10));
        Assert.Equal(1, bed.Producer.ProducerGeneration);

        bed.Cluster.PushRequestErrors(KafkaApiKey.Produce, ErrorCode.OutOfOrderSequenceNumber);
        var afterFault = bed.ProduceAsync(mentions.Skip(10).Take(10));
        var finished = await Task.WhenAny(afterFault, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.Same(afterFault, finished);
        await afterFault;
        Assert.True(bed.Producer.ProducerGeneration >= 2, "the fatal error should have replaced the producer");

        await bed.ProduceAsync(mentions.Skip(20));
        var sink = new RecordingSink();
        await bed.StartConsumerAsync(sink);
        await Eventually.TrueAsync(() => sink.Ids("acme").SetEquals(mentions.Select(m => m.Id)), "every mention produced around the fault is on the topic");
    }
}
