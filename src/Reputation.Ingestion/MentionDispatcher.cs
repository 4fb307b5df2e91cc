using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Reputation.Abstractions.Mentions;

namespace Reputation.Ingestion;

/// <summary>
/// A chunk of consumed messages on its way into the pipeline: parse, dead-letter the bad, score the good (in
/// parallel, on the reading thread and the <see cref="ScoringThreads"/>), and queue each brand's share on its lane.
/// Each message is marked finished in its partition's progress once it is safe (acknowledged by its brand, or
/// dead-lettered).
/// </summary>
internal sealed class MentionDispatcher(
    MentionParser parser,
    IMentionScorer scorer,
    BrandLanes lanes,
    RecoveringProducer deadLetters,
    ScoringThreads scoring,
    KafkaOptions options,
    TimeProvider time,
    ILogger logger,
    CancellationToken stopping)
{
    private const int MaxErrorHeaderChars = 1_000;

    public void Dispatch(IReadOnlyList<ConsumeResult<byte[]?, byte[]?>> chunk, OffsetTracker tracker)
    {
        var valid = new List<(ConsumeResult<byte[]?, byte[]?> Message, PartitionProgress Progress, Mention Mention)>(chunk.Count);
        foreach (var message in chunk)
        {
            var progress = tracker.For(message.TopicPartition);
            progress.Read(message.Offset.Value);
            var key = message.Message.Key is null ? null : Encoding.UTF8.GetString(message.Message.Key);
            var value = message.Message.Value ?? [];
            var parsed = parser.Parse(value, key);
            if (parsed.Mention is { } mention)
            {
                valid.Add((message, progress, mention));
            }
            else
            {
                IngestionMetrics.Consumed.WithLabels(IngestionMetrics.InvalidSource).Inc();
                var reason = DeadLetterReasons.Classify(parser, value, key);
                DeadLetterInBackground(message, progress, parsed.Error ?? "The message is not a valid mention.", reason);
            }
        }

        // One counter update per source and chunk: a label lookup per mention showed in the profile.
        foreach (var source in valid.GroupBy(v => v.Mention.Source, StringComparer.Ordinal))
        {
            IngestionMetrics.Consumed.WithLabels(source.Key).Inc(source.Count());
        }

        var scored = Score(valid);
        foreach (var brand in scored.GroupBy(item => item.Scored.Mention.Brand, StringComparer.Ordinal))
        {
            lanes.Enqueue(brand.Key, brand.ToList());
        }
    }

    private List<LaneItem> Score(List<(ConsumeResult<byte[]?, byte[]?> Message, PartitionProgress Progress, Mention Mention)> valid)
    {
        var scored = new ScoredMention?[valid.Count];
        var failures = new Exception?[valid.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.ScoringParallelism, TaskScheduler = scoring };
        Parallel.For(0, valid.Count, parallel, i =>
        {
            var message = valid[i].Message.Message;
            var ingestedAt = message.Timestamp.Type == TimestampType.NotAvailable ? time.GetUtcNow() : new DateTimeOffset(message.Timestamp.UtcDateTime);
            try
            {
                scored[i] = scorer.Score(valid[i].Mention, ingestedAt);
            }
            catch (Exception ex)
            {
                failures[i] = ex;
            }
        });

        var result = new List<LaneItem>(valid.Count);
        for (var i = 0; i < valid.Count; i++)
        {
            var (message, progress, _) = valid[i];
            if (scored[i] is { } s)
            {
                result.Add(new LaneItem(s, progress, message.Offset.Value, message.Message.Timestamp));
            }
            else
            {
                // A mention the scorer cannot handle would fail the same way on every retry: park it, never drop it.
                var error = failures[i]!;
                logger.LogError(error, "Scoring failed for mention {MentionId}; dead-lettering it", valid[i].Mention.Id);
                DeadLetterInBackground(message, progress, $"Scoring failed: {error.GetType().Name}: {error.Message}", DeadLetterReasons.ScoringFailed);
            }
        }

        return result;
    }

    /// <summary>Dead-letters in the background, retrying until it succeeds or the consumer stops; the message stays unfinished until then.</summary>
    private void DeadLetterInBackground(ConsumeResult<byte[]?, byte[]?> source, PartitionProgress progress, string error, string reason) =>
        _ = Task.Run(async () =>
        {
            try
            {
                await DeadLetterAsync(source, error).ConfigureAwait(false);
                progress.Finish(source.Offset.Value);
                IngestionMetrics.DeadLettered.WithLabels(reason).Inc();
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                // Unfinished, so uncommitted: the next owner dead-letters it again.
            }
        }, CancellationToken.None);

    private async Task DeadLetterAsync(ConsumeResult<byte[]?, byte[]?> source, string error)
    {
        var headers = new Headers();
        if (source.Message.Headers is { } original)
        {
            foreach (var header in original)
            {
                headers.Add(header.Key, header.GetValueBytes());
            }
        }

        headers.Add(DeadLetterHeaders.Error, Encoding.UTF8.GetBytes(error.Length <= MaxErrorHeaderChars ? error : error[..MaxErrorHeaderChars] + "…"));
        headers.Add(DeadLetterHeaders.SourceTopic, Encoding.UTF8.GetBytes(source.Topic));
        headers.Add(DeadLetterHeaders.SourcePartition, Encoding.UTF8.GetBytes(source.Partition.Value.ToString(CultureInfo.InvariantCulture)));
        headers.Add(DeadLetterHeaders.SourceOffset, Encoding.UTF8.GetBytes(source.Offset.Value.ToString(CultureInfo.InvariantCulture)));
        var message = new Message<byte[]?, byte[]>
        {
            Key = source.Message.Key,
            Value = source.Message.Value!,
            Headers = headers,
            Timestamp = source.Message.Timestamp.Type == TimestampType.CreateTime ? source.Message.Timestamp : Timestamp.Default,
        };

        var delay = new RetryDelay(options);
        while (true)
        {
            try
            {
                await deadLetters.ProduceAsync(options.DeadLetterTopic, message, stopping).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (!stopping.IsCancellationRequested && ex is KafkaException or ObjectDisposedException)
            {
                logger.LogWarning(ex, "Dead-lettering {Topic}[{Partition}]@{Offset} failed; retrying in {Delay}", source.Topic, source.Partition.Value, source.Offset.Value, delay.Current);
                await delay.WaitAsync(time, stopping).ConfigureAwait(false);
            }
        }
    }
}
