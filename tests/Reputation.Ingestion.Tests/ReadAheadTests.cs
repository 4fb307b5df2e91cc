using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Mentions;
using Reputation.Ingestion.Tests.Support;

namespace Reputation.Ingestion.Tests;

/// <summary>How far the consumer reads ahead of the brands, and where the scoring runs.</summary>
public sealed class ReadAheadTests
{
    [Fact]
    public async Task Reading_pauses_while_the_lanes_hold_their_bound_of_scored_mentions_and_resumes_without_loss()
    {
        await using var bed = new KafkaTestBed(partitions: 2);
        bed.Options.MaxBatchSize = 20;
        bed.Options.MaxQueuedMentions = 60;
        // One call at a time, and the sink holds the first one: every other lane keeps its mentions queued.
        bed.Options.MaxParallelBrands = 1;
        var brands = Enumerable.Range(0, 20).Select(i => $"brand-{i}").ToArray();
        var mentions = TestMentions.ValidSet(brands, 20);
        await bed.ProduceAsync(mentions);
        var scorer = new CountingScorer();
        var sink = new GatedSink();
        await bed.StartConsumerAsync(sink, scorer);

        await Eventually.TrueAsync(() => scorer.Count >= bed.Options.MaxQueuedMentions, "the lanes filled up to their bound");
        // Give the reader time to overrun the bound if it were going to.
        await Task.Delay(1_000);
        // At most one chunk beyond the bound, plus the batch the held call took out of its queue.
        Assert.InRange(scorer.Count, bed.Options.MaxQueuedMentions, bed.Options.MaxQueuedMentions + bed.Options.MaxBatchSize + 20);
        Assert.True(scorer.Count < mentions.Count);

        sink.Open();
        await Eventually.TrueAsync(() => sink.Inner.DistinctCount == mentions.Count, "every mention delivered once the brands take them");
        foreach (var brand in brands)
        {
            Assert.Equal(mentions.Where(m => m.Brand == brand).Select(m => m.Id).ToHashSet(), sink.Inner.Ids(brand));
        }

        await Eventually.TrueAsync(() => bed.Committed().Values.Where(v => v > 0).Sum() == mentions.Count, "offsets committed to the end");
    }

    [Fact]
    public void The_scoring_threads_share_a_loop_with_the_calling_thread()
    {
        using var scoring = new ScoringThreads(1);
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var caller = Environment.CurrentManagedThreadId;
        Parallel.For(0, 500, new ParallelOptions { MaxDegreeOfParallelism = 2, TaskScheduler = scoring }, _ =>
        {
            threads.AddOrUpdate(Environment.CurrentManagedThreadId == caller ? "caller" : Thread.CurrentThread.Name ?? "?", 1, (_, n) => n + 1);
            Thread.Sleep(1);
        });

        Assert.Equal(500, threads.Values.Sum());
        Assert.Equal(["Scoring", "caller"], threads.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_scoring_threads_the_calling_thread_scores_alone()
    {
        using var scoring = new ScoringThreads(0);
        var caller = Environment.CurrentManagedThreadId;
        var elsewhere = 0;
        Parallel.For(0, 100, new ParallelOptions { MaxDegreeOfParallelism = 1, TaskScheduler = scoring }, _ =>
        {
            if (Environment.CurrentManagedThreadId != caller)
            {
                Interlocked.Increment(ref elsewhere);
            }
        });

        Assert.Equal(0, elsewhere);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(10_000_001)]
    public void A_queue_bound_below_a_chunk_or_past_ten_million_is_refused(int bound)
    {
        var options = new KafkaOptions { MaxBatchSize = 200, MaxQueuedMentions = bound };
        Assert.Equal("Kafka:MaxQueuedMentions must be at least Kafka:MaxBatchSize and at most 10000000.", options.Validate());
    }

    private sealed class CountingScorer : IMentionScorer
    {
        private readonly LexiconScorer _inner = new();
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public ScoredMention Score(Mention mention, DateTimeOffset ingestedAt)
        {
            Interlocked.Increment(ref _count);
            return _inner.Score(mention, ingestedAt);
        }
    }

    /// <summary>Holds every delivery until opened, like brands that are slow to take their mentions.</summary>
    private sealed class GatedSink : IBrandBatchSink
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public RecordingSink Inner { get; } = new();

        public void Open() => _open.TrySetResult();

        public async Task<IngestReceipt> DeliverAsync(string brand, IReadOnlyList<ScoredMention> batch, bool persistNow, CancellationToken cancellationToken)
        {
            await _open.Task.WaitAsync(cancellationToken);
            return await Inner.DeliverAsync(brand, batch, persistNow, cancellationToken);
        }

        public async Task<IngestReceipt> PersistAsync(string brand, CancellationToken cancellationToken)
        {
            await _open.Task.WaitAsync(cancellationToken);
            return await Inner.PersistAsync(brand, cancellationToken);
        }
    }
}
