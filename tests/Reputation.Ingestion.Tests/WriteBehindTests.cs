using Reputation.Ingestion.Tests.Support;

namespace Reputation.Ingestion.Tests;

/// <summary>Brands store their state behind; offsets must follow what is stored, not what is applied.</summary>
public sealed class WriteBehindTests
{
    private static readonly string[] Brands = ["acme", "globex", "initech"];

    [Fact]
    public async Task Applied_but_unstored_mentions_are_not_committed_and_a_crash_makes_them_read_again()
    {
        await using var bed = new KafkaTestBed(partitions: 1);
        bed.Options.PersistAfterMs = 600_000;
        var mentions = TestMentions.ValidSet(Brands, 10);
        var sink = new RecordingSink { WriteBehind = true };
        await bed.ProduceAsync(mentions);
        await bed.StartConsumerAsync(sink);

        await Eventually.TrueAsync(() => Brands.Sum(b => sink.Applied(b).Count) == mentions.Count, "every mention applied");
        Assert.Equal(0, sink.DistinctCount);
        Assert.All(bed.Committed().Values, offset => Assert.True(offset < 0, $"offset {offset} committed although nothing was stored"));

        // acme's silo dies with its applied mentions; the next delivery meets a new activation.
        Assert.Equal(10, sink.Crash("acme"));
        var next = TestMentions.Valid("acme", 99);
        await bed.ProduceAsync([next]);

        var acme = mentions.Where(m => m.Brand == "acme").Select(m => m.Id).Append(next.Id).ToHashSet();
        await Eventually.TrueAsync(() => sink.Applied("acme").SetEquals(acme), "the partition read again, so acme has every mention back");
        Assert.All(bed.Committed().Values, offset => Assert.True(offset < 0, $"offset {offset} committed although nothing was stored"));
    }

    [Fact]
    public async Task Lanes_ask_brands_to_store_and_then_commit_to_the_end()
    {
        await using var bed = new KafkaTestBed(partitions: 3);
        bed.Options.PersistAfterMs = 200;
        var mentions = TestMentions.ValidSet(Brands, 20);
        var sink = new RecordingSink { WriteBehind = true };
        await bed.ProduceAsync(mentions);
        await bed.StartConsumerAsync(sink);

        await Eventually.TrueAsync(() => sink.DistinctCount == mentions.Count, "every mention stored");
        await Eventually.TrueAsync(() => bed.Committed().Values.Where(v => v > 0).Sum() == mentions.Count, "offsets committed to the end");
        Assert.True(sink.PersistCalls > 0, "the quiet lanes asked their brands to store");
        Assert.All(sink.DeliveryCounts().Values, count => Assert.Equal(1, count));
    }
}
