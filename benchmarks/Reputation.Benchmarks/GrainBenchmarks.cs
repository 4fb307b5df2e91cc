using BenchmarkDotNet.Attributes;
using Reputation.Abstractions.Mentions;
using Reputation.Abstractions.Sentiment;
using Reputation.Detection.Spikes;
using Reputation.Grains.Brands;
using Reputation.Grains.Timeline;

namespace Reputation.Benchmarks;

/// <summary>
/// The brand grain's pure work for one batch of 100 mentions (one per second of event time): dedup, minute
/// buckets, activity, detectors, and the state snapshot written before Ingest returns.
/// </summary>
[MemoryDiagnoser]
public class GrainBenchmarks
{
    private const int BatchSize = 100;
    private MinuteSeries series = null!;
    private RecentMentionIds ids = null!;
    private RecentActivity activity = null!;
    private BrandDetectors detectors = null!;
    private NegativeSpikeDetector spike = null!;
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        series = new MinuteSeries();
        ids = new RecentMentionIds();
        activity = new RecentActivity();
        detectors = new BrandDetectorsFactory().Create(new BrandDetectorsState());
        spike = new NegativeSpikeDetector();
        next = 0;
        // A week of history, so packing and detectors see a full-size brand.
        for (var minute = 0; minute < MinuteSeries.DefaultRetentionMinutes; minute++)
        {
            series.Add(SampleMentions.Now.AddMinutes(minute - MinuteSeries.DefaultRetentionMinutes), minute % 3 - 1);
        }
    }

    [Benchmark]
    public int IngestBatchPureParts()
    {
        var batch = NextBatch();
        var accepted = new List<ScoredMention>(batch.Count);
        foreach (var scored in batch)
        {
            if (ids.TryAdd(scored.Mention.Id) && series.Add(scored.Mention.PublishedAt, scored.Sentiment.Label == SentimentLabel.Negative ? -1 : 0))
            {
                accepted.Add(scored);
                activity.Observe(scored, "acme");
            }
        }

        var commands = detectors.Observe(accepted, series, SampleMentions.Acme, activity, accepted[^1].Mention.PublishedAt);
        var packed = MinuteSeriesPacking.Pack(series);
        var snapshot = ids.Snapshot();
        _ = detectors.Snapshot();
        return commands.Count + packed.Length + snapshot.Length;
    }

    [Benchmark]
    public int PackSevenDays() => MinuteSeriesPacking.Pack(series).Length;

    [Benchmark]
    public int RecentIdsAdd100()
    {
        var added = 0;
        for (var i = 0; i < BatchSize; i++)
        {
            added += ids.TryAdd($"id-{next++}") ? 1 : 0;
        }

        return added;
    }

    [Benchmark]
    public object NegativeSpikeObserve() => spike.Observe(SampleMentions.Now.AddMinutes(5 * next++), next % 7);

    private List<ScoredMention> NextBatch()
    {
        var batch = new List<ScoredMention>(BatchSize);
        for (var i = 0; i < BatchSize; i++)
        {
            var n = next++;
            batch.Add(new ScoredMention
            {
                Mention = SampleMentions.Mention(n % 5 == 0 ? SampleMentions.Complaint : SampleMentions.DutchReply, "en", n),
                Language = "en",
                Sentiment = new SentimentResult(n % 5 == 0 ? SentimentLabel.Negative : SentimentLabel.Positive, n % 5 == 0 ? -0.8 : 0.6),
                IngestedAt = SampleMentions.Now.AddSeconds(n),
            });
        }

        return batch;
    }
}
