using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Reputation.Abstractions.Mentions;
using Reputation.Ingestion;
using Reputation.Ingestion.Embedded;

namespace Reputation.Ingestion.Tests.Support;

/// <summary>
/// A fresh mock cluster with the two topics, plus the pieces a test wires around it. The consumers reach it by its
/// address, as they would a real broker, unless <c>embedded</c>: then it is the endpoint's own embedded cluster.
/// </summary>
internal sealed class KafkaTestBed : IAsyncDisposable
{
    private readonly List<MentionConsumer> _consumers = [];
    private readonly List<IDisposable> _disposables = [];

    public KafkaTestBed(int brokers = 1, int partitions = 6, string groupProtocol = "classic", bool embedded = false)
    {
        Options = new KafkaOptions
        {
            Partitions = partitions,
            EmbeddedBrokers = brokers,
            GroupProtocol = groupProtocol,
            SessionTimeoutMs = 3_000,
            MaxBatchSize = 200,
            BatchLingerMs = 20,
            SinkRetryInitialMs = 50,
            SinkRetryMaxMs = 200,
            RevokeDrainTimeoutMs = 3_000,
            ProducerMessageTimeoutMs = 30_000,
            HealthCheckTimeoutMs = 2_000,
        };
        if (embedded)
        {
            var endpoint = new KafkaEndpoint(Microsoft.Extensions.Options.Options.Create(Options));
            Cluster = endpoint.Cluster!;
            Endpoint = endpoint;
        }
        else
        {
            Cluster = new EmbeddedKafkaCluster(brokers);
            Options.BootstrapServers = Cluster.BootstrapServers;
            Cluster.CreateTopic(Options.Topic, partitions, brokers);
            Cluster.CreateTopic(Options.DeadLetterTopic, 1, brokers);
            Endpoint = new KafkaEndpoint(Microsoft.Extensions.Options.Options.Create(Options));
        }

        Producer = new MentionProducer(Endpoint, Microsoft.Extensions.Options.Options.Create(Options), NullLogger<MentionProducer>.Instance);
    }

    public EmbeddedKafkaCluster Cluster { get; }

    public KafkaOptions Options { get; }

    public IKafkaEndpoint Endpoint { get; }

    public MentionProducer Producer { get; }

    public async Task<MentionConsumer> StartConsumerAsync(IBrandBatchSink sink, IMentionScorer? scorer = null)
    {
        var consumer = new MentionConsumer(
            Endpoint,
            Microsoft.Extensions.Options.Options.Create(Options),
            new MentionParser(TimeProvider.System),
            scorer ?? new LexiconScorer(),
            sink,
            TimeProvider.System,
            NullLogger<MentionConsumer>.Instance);
        _consumers.Add(consumer);
        await consumer.StartAsync(CancellationToken.None);
        return consumer;
    }

    public async Task StopConsumerAsync(MentionConsumer consumer)
    {
        _consumers.Remove(consumer);
        await consumer.StopAsync(CancellationToken.None);
        consumer.Dispose();
    }

    public Task ProduceAsync(IEnumerable<Mention> mentions) => Producer.ProduceAsync([.. mentions], CancellationToken.None);

    public Task ProduceRawAsync(IEnumerable<RawMention> messages) => Producer.ProduceRawAsync([.. messages], CancellationToken.None);

    /// <summary>Every message on a topic, read from the start of each partition without joining a group.</summary>
    public List<ConsumeResult<byte[]?, byte[]?>> ReadAll(string topic, int expected, int timeoutSeconds = 20)
    {
        using var reader = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig
        {
            BootstrapServers = Cluster.BootstrapServers,
            GroupId = "test-reader",
            EnableAutoCommit = false,
        }).Build();
        var partitions = Metadata(topic).Partitions.Select(p => new TopicPartitionOffset(topic, p.PartitionId, Offset.Beginning));
        reader.Assign(partitions);
        var results = new List<ConsumeResult<byte[]?, byte[]?>>();
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (results.Count < expected && DateTime.UtcNow < deadline)
        {
            if (reader.Consume(TimeSpan.FromMilliseconds(200)) is { IsPartitionEOF: false } result)
            {
                results.Add(result);
            }
        }

        // A little longer, to see anything past what was expected.
        while (reader.Consume(TimeSpan.FromMilliseconds(300)) is { } extra)
        {
            results.Add(extra);
        }

        return results;
    }

    public TopicMetadata Metadata(string topic)
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = Cluster.BootstrapServers }).Build();
        return admin.GetMetadata(topic, TimeSpan.FromSeconds(10)).Topics.Single();
    }

    /// <summary>The group's committed offsets for every partition of the mentions topic (Offset.Unset where none).</summary>
    public Dictionary<int, long> Committed()
    {
        using var probe = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig
        {
            BootstrapServers = Cluster.BootstrapServers,
            GroupId = Options.GroupId,
            EnableAutoCommit = false,
        }).Build();
        var partitions = Metadata(Options.Topic).Partitions.Select(p => new TopicPartition(Options.Topic, p.PartitionId));
        return probe.Committed(partitions, TimeSpan.FromSeconds(10)).ToDictionary(o => o.Partition.Value, o => o.Offset.Value);
    }

    /// <summary>Where each partition of the mentions topic starts now (its low watermark).</summary>
    public Dictionary<int, long> LogStarts()
    {
        using var probe = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig { BootstrapServers = Cluster.BootstrapServers, GroupId = "test-probe" }).Build();
        return Metadata(Options.Topic).Partitions.ToDictionary(
            p => p.PartitionId,
            p => probe.QueryWatermarkOffsets(new TopicPartition(Options.Topic, p.PartitionId), TimeSpan.FromSeconds(10)).Low.Value);
    }

    /// <summary>Sum over partitions of the high watermark: how many messages the topic holds.</summary>
    public long EndOffsetTotal()
    {
        using var probe = new ConsumerBuilder<byte[]?, byte[]?>(new ConsumerConfig { BootstrapServers = Cluster.BootstrapServers, GroupId = "test-probe" }).Build();
        return Metadata(Options.Topic).Partitions
            .Sum(p => probe.QueryWatermarkOffsets(new TopicPartition(Options.Topic, p.PartitionId), TimeSpan.FromSeconds(10)).High.Value);
    }

    public static string Header(ConsumeResult<byte[]?, byte[]?> result, string name) =>
        result.Message.Headers.TryGetLastBytes(name, out var bytes) ? Encoding.UTF8.GetString(bytes) : throw new Xunit.Sdk.XunitException($"Header {name} is missing.");

    public void Track(IDisposable disposable) => _disposables.Add(disposable);

    public async ValueTask DisposeAsync()
    {
        foreach (var consumer in _consumers.ToList())
        {
            await StopConsumerAsync(consumer);
        }

        Producer.Dispose();
        foreach (var disposable in _disposables)
        {
            disposable.Dispose();
        }

        // The endpoint disposes its embedded cluster; disposing the cluster twice does nothing.
        ((IDisposable)Endpoint).Dispose();
        Cluster.Dispose();
    }
}
