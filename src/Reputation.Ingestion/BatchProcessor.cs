using System.Globalization;
using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Reputation.Abstractions.Mentions;

namespace Reputation.Ingestion;

/// <summary>
/// One batch's way through the pipeline: parse, dead-letter the bad, score the good, hand each brand its
/// share. It marks each message done in the ledger once it is safe (acknowledged or dead-lettered) and
/// retries failures until it succeeds or is cancelled, so a finished call means every message is done.
/// </summary>
internal sealed class BatchProcessor(
    MentionParser parser,
    IMentionScorer scorer,
    IBrandBatchSink sink,
    RecoveringProducer deadLetters,
    KafkaOptions options,
    TimeProvider time,
    ILogger logger)
{
    private const int MaxErrorHeaderChars = 1_000;

    public async Task ProcessAsync(BatchLedger ledger, CancellationToken cancellationToken)
    {
        var deadLettering = new List<Task>();
        var valid = new List<(int Index, Mention Mention)>(ledger.Count);
        for (var i = 0; i < ledger.Count; i++)
        {
            var message = ledger[i].Message;
            var key = message.Key is null ? null : Encoding.UTF8.GetString(message.Key);
            var value = message.Value ?? [];
            var parsed = parser.Parse(value, key);
            if (parsed.Mention is { } mention)
            {
                IngestionMetrics.Consumed.WithLabels(mention.Source).Inc();
                valid.Add((i, mention));
            }
            else
            {
                IngestionMetrics.Consumed.WithLabels(IngestionMetrics.InvalidSource).Inc();
                var reason = DeadLetterReasons.Classify(parser, value, key);
                deadLettering.Add(DeadLetterAsync(ledger, i, parsed.Error ?? "The message is not a valid mention.", reason, cancellationToken));
            }
        }

        var scored = Score(ledger, valid, deadLettering, cancellationToken);
        var brands = scored.GroupBy(s => s.Scored.Mention.Brand, StringComparer.Ordinal).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelBrands, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(brands, parallel, async (brand, ct) =>
        {
            var batch = brand.Select(s => s.Scored).ToArray();
            await DeliverAsync(brand.Key, batch, ct).ConfigureAwait(false);
            var now = time.GetUtcNow();
            foreach (var (index, item) in brand)
            {
                ledger.MarkDone(index);
                IngestionMetrics.Accepted.WithLabels(item.Mention.Source).Inc();
                if (ledger[index].Message.Timestamp.Type != TimestampType.NotAvailable)
                {
                    IngestionMetrics.ProcessingLatency.Observe(Math.Max(0, (now - ledger[index].Message.Timestamp.UtcDateTime).TotalSeconds));
                }
            }
        }).ConfigureAwait(false);

        await Task.WhenAll(deadLettering).ConfigureAwait(false);
    }

    private List<(int Index, ScoredMention Scored)> Score(
        BatchLedger ledger, List<(int Index, Mention Mention)> valid, List<Task> deadLettering, CancellationToken cancellationToken)
    {
        var scored = new ScoredMention?[valid.Count];
        var failures = new Exception?[valid.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.ScoringParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, valid.Count, parallel, i =>
        {
            var message = ledger[valid[i].Index].Message;
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

        var result = new List<(int, ScoredMention)>(valid.Count);
        for (var i = 0; i < valid.Count; i++)
        {
            if (scored[i] is { } s)
            {
                result.Add((valid[i].Index, s));
            }
            else
            {
                // A mention the scorer cannot handle would fail the same way on every retry: park it, never drop it.
                var error = failures[i]!;
                logger.LogError(error, "Scoring failed for mention {MentionId}; dead-lettering it", valid[i].Mention.Id);
                deadLettering.Add(DeadLetterAsync(ledger, valid[i].Index, $"Scoring failed: {error.GetType().Name}: {error.Message}", DeadLetterReasons.ScoringFailed, cancellationToken));
            }
        }

        return result;
    }

    private async Task DeliverAsync(string brand, IReadOnlyList<ScoredMention> batch, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromMilliseconds(options.SinkRetryInitialMs);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await sink.DeliverAsync(brand, batch, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                IngestionMetrics.SinkFailures.Inc();
                logger.LogWarning(ex, "Delivering {Count} mentions of brand {Brand} failed (attempt {Attempt}); retrying in {Delay}", batch.Count, brand, attempt, delay);
                await Task.Delay(Jitter(delay), time, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, options.SinkRetryMaxMs));
            }
        }
    }

    private async Task DeadLetterAsync(BatchLedger ledger, int index, string error, string reason, CancellationToken cancellationToken)
    {
        var source = ledger[index];
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

        var delay = TimeSpan.FromMilliseconds(options.SinkRetryInitialMs);
        while (true)
        {
            try
            {
                await deadLetters.ProduceAsync(options.DeadLetterTopic, message, cancellationToken).ConfigureAwait(false);
                ledger.MarkDone(index);
                IngestionMetrics.DeadLettered.WithLabels(reason).Inc();
                return;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is KafkaException or ObjectDisposedException)
            {
                logger.LogWarning(ex, "Dead-lettering {Topic}[{Partition}]@{Offset} failed; retrying in {Delay}", source.Topic, source.Partition.Value, source.Offset.Value, delay);
                await Task.Delay(Jitter(delay), time, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, options.SinkRetryMaxMs));
            }
        }
    }

    /// <summary>Up to 20% less, so that brands failing together do not retry in lockstep.</summary>
    private static TimeSpan Jitter(TimeSpan delay) => delay * (0.8 + (Random.Shared.NextDouble() * 0.2));
}
