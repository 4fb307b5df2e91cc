using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace Reputation.Ingestion;

/// <summary>
/// An idempotent, acks=all producer that replaces itself after a fatal error. A fatal idempotence error
/// (for instance OutOfOrderSequenceNumber) leaves a librdkafka producer unusable for good: every later
/// produce fails, so the only way on is a new producer with a new producer id.
/// </summary>
internal sealed class RecoveringProducer : IDisposable
{
    private const int MaxFatalRetries = 3;
    private readonly Func<IProducer<byte[]?, byte[]>> _factory;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private IProducer<byte[]?, byte[]>? _current;
    private IProducer<byte[]?, byte[]>? _fatal;
    private int _generation;
    private bool _disposed;

    public RecoveringProducer(string bootstrapServers, KafkaOptions options, string clientId, ILogger logger)
    {
        _logger = logger;
        var config = new ProducerConfig
        {
            BootstrapServers = bootstrapServers,
            ClientId = clientId,
            EnableIdempotence = true,
            Acks = Acks.All,
            LingerMs = options.ProducerLingerMs,
            BatchNumMessages = options.ProducerBatchSize,
            MessageTimeoutMs = options.ProducerMessageTimeoutMs,
            // Keyed partitioning must match the Java client so that other producers put a brand on the same partition.
            Partitioner = Partitioner.Murmur2Random,
        };
        _factory = () => new ProducerBuilder<byte[]?, byte[]>(config)
            .SetErrorHandler(OnError)
            .SetLogHandler((_, m) => _logger.Log(LogLevelOf(m.Level), "librdkafka producer {Facility}: {Message}", m.Facility, m.Message))
            .Build();
    }

    /// <summary>How many producers were built; grows by one on every recovery.</summary>
    public int Generation => Volatile.Read(ref _generation);

    /// <summary>The live producer, for metadata requests.</summary>
    public IProducer<byte[]?, byte[]> Current
    {
        get
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                if (_current is null)
                {
                    _current = _factory();
                    _generation++;
                }

                return _current;
            }
        }
    }

    public async Task<DeliveryResult<byte[]?, byte[]>> ProduceAsync(string topic, Message<byte[]?, byte[]> message, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var producer = Current;
            try
            {
                return await producer.ProduceAsync(topic, message, cancellationToken).ConfigureAwait(false);
            }
            catch (ProduceException<byte[]?, byte[]> ex) when (attempt < MaxFatalRetries && (IsFatal(producer, ex.Error) || IsReplaced(producer)))
            {
                Replace(producer, ex.Error);
            }
            catch (ObjectDisposedException) when (attempt < MaxFatalRetries && IsReplaced(producer))
            {
                // Another caller replaced the producer under us; the message was not accepted, send it again.
            }
        }
    }

    public void Dispose()
    {
        IProducer<byte[]?, byte[]>? producer;
        lock (_gate)
        {
            _disposed = true;
            producer = _current;
            _current = null;
        }

        if (producer is not null)
        {
            producer.Flush(TimeSpan.FromSeconds(5));
            producer.Dispose();
        }
    }

    /// <summary>
    /// A delivery report carries the broker's error, not librdkafka's fatal flag, which arrives separately
    /// through the error handler; either one, or an idempotence error code, means the producer is spent.
    /// </summary>
    private bool IsFatal(IProducer<byte[]?, byte[]> producer, Error error) =>
        error.IsFatal
        || error.Code is ErrorCode.OutOfOrderSequenceNumber or ErrorCode.UnknownProducerId or ErrorCode.InvalidProducerEpoch
            or ErrorCode.ProducerFenced or ErrorCode.InvalidProducerIdMapping or ErrorCode.Local_Fatal
        || ReferenceEquals(Volatile.Read(ref _fatal), producer);

    private bool IsReplaced(IProducer<byte[]?, byte[]> producer)
    {
        lock (_gate)
        {
            return !ReferenceEquals(_current, producer);
        }
    }

    private void OnError(IProducer<byte[]?, byte[]> producer, Error error)
    {
        if (error.IsFatal)
        {
            Volatile.Write(ref _fatal, producer);
            _logger.LogError("Kafka producer fatal error {Code}: {Reason}; it will be replaced", error.Code, error.Reason);
        }
        else
        {
            _logger.LogWarning("Kafka producer error {Code}: {Reason}", error.Code, error.Reason);
        }
    }

    private void Replace(IProducer<byte[]?, byte[]> failed, Error error)
    {
        lock (_gate)
        {
            if (_disposed || !ReferenceEquals(_current, failed))
            {
                return;
            }

            _current = null;
        }

        IngestionMetrics.ProducerRecreated.Inc();
        _logger.LogWarning("Replacing the Kafka producer after {Code}: {Reason}", error.Code, error.Reason);
        // Disposing waits for librdkafka's threads; other callers may still be completing on the old instance.
        _ = Task.Run(failed.Dispose);
    }

    internal static LogLevel LogLevelOf(SyslogLevel level) => level switch
    {
        SyslogLevel.Emergency or SyslogLevel.Alert or SyslogLevel.Critical or SyslogLevel.Error => LogLevel.Warning,
        SyslogLevel.Warning or SyslogLevel.Notice => LogLevel.Information,
        _ => LogLevel.Debug,
    };
}
