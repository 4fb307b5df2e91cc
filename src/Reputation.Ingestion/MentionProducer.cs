using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reputation.Abstractions.Json;
using Reputation.Abstractions.Mentions;

namespace Reputation.Ingestion;

/// <summary>
/// Writes mentions to the mentions topic (key = brand, value = contract JSON), idempotently with acks=all.
/// Used by the HTTP ingestion endpoint, the demo generator and the CLI.
/// </summary>
public sealed class MentionProducer : IDisposable
{
    /// <summary>Upper bound of one call, so one request cannot queue unbounded memory in the client.</summary>
    public const int MaxMessagesPerCall = 100_000;

    private readonly KafkaOptions _options;
    private readonly Lazy<RecoveringProducer> _producer;

    public MentionProducer(IKafkaEndpoint endpoint, IOptions<KafkaOptions> options, ILogger<MentionProducer> logger)
    {
        _options = options.Value;
        _producer = new Lazy<RecoveringProducer>(
            () => new RecoveringProducer(endpoint.BootstrapServers, _options, "reputation-producer", logger),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>How many Kafka producers were built; more than one means it recovered from a fatal error.</summary>
    public int ProducerGeneration => _producer.IsValueCreated ? _producer.Value.Generation : 0;

    public Task ProduceAsync(IReadOnlyList<Mention> mentions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var raw = new RawMention[mentions.Count];
        for (var i = 0; i < raw.Length; i++)
        {
            raw[i] = new RawMention(mentions[i].Brand, JsonSerializer.SerializeToUtf8Bytes(mentions[i], ContractJson.Options));
        }

        return ProduceRawAsync(raw, cancellationToken);
    }

    /// <summary>Produces every message and completes once all are acknowledged; throws if any could not be.</summary>
    public async Task ProduceRawAsync(IReadOnlyList<RawMention> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count > MaxMessagesPerCall)
        {
            throw new ArgumentException($"At most {MaxMessagesPerCall} messages can be produced in one call; got {messages.Count}.", nameof(messages));
        }

        var producer = _producer.Value;
        var deliveries = new Task[messages.Count];
        for (var i = 0; i < messages.Count; i++)
        {
            var message = new Message<byte[]?, byte[]>
            {
                Key = messages[i].Key is { } key ? Encoding.UTF8.GetBytes(key) : null,
                Value = messages[i].Value ?? throw new ArgumentException($"Message {i} has no value.", nameof(messages)),
            };
            deliveries[i] = producer.ProduceAsync(_options.Topic, message, cancellationToken);
        }

        var all = Task.WhenAll(deliveries);
        try
        {
            await all.ConfigureAwait(false);
        }
        catch when (all.Exception is { } aggregate)
        {
            var failed = aggregate.InnerExceptions.Count;
            throw new KafkaDeliveryException(
                $"{failed} of {messages.Count} messages were not acknowledged by Kafka; first error: {aggregate.InnerExceptions[0].Message}",
                aggregate);
        }
    }

    public void Dispose()
    {
        if (_producer.IsValueCreated)
        {
            _producer.Value.Dispose();
        }
    }
}
