using Reputation.Ingestion.Tests.Support;

namespace Reputation.Ingestion.Tests;

/// <summary>
/// The embedded cluster forgets what the group has committed (its log is in memory, capped, and slower to read the
/// more it holds); a cluster reached by its address keeps its records, as a real broker's retention decides.
/// </summary>
public sealed class EmbeddedRetentionTests
{
    private static readonly string[] Brands = ["acme", "globex", "initech"];

    [Fact]
    public async Task The_embedded_cluster_drops_what_was_committed_and_keeps_the_dead_letters()
    {
        await using var bed = new KafkaTestBed(partitions: 3, embedded: true);
        var mentions = TestMentions.ValidSet(Brands, 40);
        var invalid = TestMentions.Invalid();
        await bed.ProduceAsync(mentions.Take(60));
        await bed.ProduceRawAsync(invalid.Select(i => i.Message));
        await bed.ProduceAsync(mentions.Skip(60));

        var sink = new RecordingSink();
        await bed.StartConsumerAsync(sink);
        await Eventually.TrueAsync(() => sink.DistinctCount >= mentions.Count, "every mention delivered");
        var total = mentions.Count + invalid.Count;
        await Eventually.TrueAsync(() => bed.Committed().Values.Where(v => v > 0).Sum() == total, "offsets committed to the end");

        // Each partition now starts where the group committed (a partition no brand hashed to has no commit and
        // starts at 0): what was read is gone.
        await Eventually.TrueAsync(
            () => bed.LogStarts().Sum(p => p.Value) == total && bed.Committed().All(c => bed.LogStarts()[c.Key] == Math.Max(c.Value, 0)),
            "the log starts moved to the commits");
        Assert.Empty(bed.ReadAll(bed.Options.Topic, expected: 0, timeoutSeconds: 1));
        Assert.Equal(invalid.Count, bed.ReadAll(bed.Options.DeadLetterTopic, invalid.Count).Count);
    }

    [Fact]
    public async Task A_cluster_reached_by_its_address_keeps_what_was_committed()
    {
        await using var bed = new KafkaTestBed(partitions: 3);
        var mentions = TestMentions.ValidSet(Brands, 40);
        await bed.ProduceAsync(mentions);

        var sink = new RecordingSink();
        await bed.StartConsumerAsync(sink);
        await Eventually.TrueAsync(() => bed.Committed().Values.Where(v => v > 0).Sum() == mentions.Count, "offsets committed to the end");

        Assert.All(bed.LogStarts().Values, start => Assert.Equal(0, start));
        Assert.Equal(mentions.Count, bed.ReadAll(bed.Options.Topic, mentions.Count).Count);
    }
}
