using System.Text;
using Reputation.Abstractions.Mentions;
using Reputation.Ingestion.Tests.Support;

namespace Reputation.Ingestion.Tests;

public sealed class DeliveryTests
{
    private static readonly string[] Brands = ["acme", "globex", "initech", "umbrella"];

    [Fact]
    public async Task Every_valid_mention_reaches_its_brand_and_every_invalid_one_is_dead_lettered_unchanged()
    {
        await using var bed = new KafkaTestBed();
        var valid = TestMentions.ValidSet(Brands, 100);
        var invalid = TestMentions.Invalid();
        var deadLetteredBefore = invalid.Select(i => i.Reason).Distinct().ToDictionary(r => r, r => IngestionMetrics.DeadLettered.WithLabels(r).Value);
        var invalidConsumedBefore = IngestionMetrics.Consumed.WithLabels(IngestionMetrics.InvalidSource).Value;

        // Duplicates: the first 50 mentions are sent twice; invalid messages are interleaved with valid ones.
        await bed.ProduceAsync(valid.Take(200));
        await bed.ProduceRawAsync(invalid.Select(i => i.Message));
        await bed.ProduceAsync(valid.Skip(200).Concat(valid.Take(50)));

        var sink = new RecordingSink();
        await bed.StartConsumerAsync(sink);
        await Eventually.TrueAsync(() => sink.DistinctCount >= valid.Count, "all valid mentions delivered");

        foreach (var brand in Brands)
        {
            Assert.Equal(valid.Where(m => m.Brand == brand).Select(m => m.Id).ToHashSet(), sink.Ids(brand));
        }

        Assert.Equal(Brands.Order(), sink.All().Keys.Order());

        var deadLetters = bed.ReadAll(bed.Options.DeadLetterTopic, invalid.Count);
        Assert.Equal(invalid.Count, deadLetters.Count);
        var parser = new MentionParser(TimeProvider.System);
        foreach (var (message, reason) in invalid)
        {
            var match = deadLetters.Single(d => d.Message.Value.AsSpan().SequenceEqual(message.Value)
                && (d.Message.Key is null ? message.Key is null : Encoding.UTF8.GetString(d.Message.Key) == message.Key));
            Assert.Equal(parser.Parse(message.Value, message.Key).Error, KafkaTestBed.Header(match, DeadLetterHeaders.Error));
            Assert.Equal(bed.Options.Topic, KafkaTestBed.Header(match, DeadLetterHeaders.SourceTopic));
            var partition = int.Parse(KafkaTestBed.Header(match, DeadLetterHeaders.SourcePartition));
            var offset = long.Parse(KafkaTestBed.Header(match, DeadLetterHeaders.SourceOffset));
            Assert.InRange(partition, 0, bed.Options.Partitions - 1);
            Assert.True(offset >= 0);
        }

        foreach (var group in invalid.GroupBy(i => i.Reason))
        {
            Assert.Equal(deadLetteredBefore[group.Key] + group.Count(), IngestionMetrics.DeadLettered.WithLabels(group.Key).Value);
        }

        Assert.Equal(invalidConsumedBefore + invalid.Count, IngestionMetrics.Consumed.WithLabels(IngestionMetrics.InvalidSource).Value);

        // Everything acknowledged is committed: a restart would not read it again.
        await Eventually.TrueAsync(() => bed.Committed().Values.Where(v => v > 0).Sum() == bed.EndOffsetTotal(), "offsets committed to the end");
    }

    [Fact]
    public async Task A_mention_the_scorer_rejects_is_dead_lettered_and_the_rest_delivered()
    {
        await using var bed = new KafkaTestBed(partitions: 2);
        var mentions = TestMentions.ValidSet(["acme"], 20);
        var before = IngestionMetrics.DeadLettered.WithLabels(DeadLetterReasons.ScoringFailed).Value;
        await bed.ProduceAsync(mentions);
        var sink = new RecordingSink();
        await bed.StartConsumerAsync(sink, new RejectingScorer("acme-7"));

        await Eventually.TrueAsync(() => sink.DistinctCount == 19, "the other mentions delivered");
        var parked = Assert.Single(bed.ReadAll(bed.Options.DeadLetterTopic, 1));
        Assert.Contains("acme-7", Encoding.UTF8.GetString(parked.Message.Value!));
        Assert.StartsWith("Scoring failed", KafkaTestBed.Header(parked, DeadLetterHeaders.Error));
        Assert.DoesNotContain("acme-7", sink.Ids("acme"));
        Assert.Equal(before + 1, IngestionMetrics.DeadLettered.WithLabels(DeadLetterReasons.ScoringFailed).Value);
        await Eventually.TrueAsync(() => bed.Committed().Values.Where(v => v > 0).Sum() == mentions.Count, "offsets committed to the end");
    }

    private sealed class RejectingScorer(string rejectedId) : IMentionScorer
    {
        private readonly LexiconScorer _inner = new();

        public ScoredMention Score(Mention mention, DateTimeOffset ingestedAt) =>
            mention.Id == rejectedId ? throw new ArgumentException("text the model cannot handle") : _inner.Score(mention, ingestedAt);
    }
}
