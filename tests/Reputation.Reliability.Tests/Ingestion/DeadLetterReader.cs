using System.Collections.Concurrent;
using System.Text;
using Confluent.Kafka;

namespace Reputation.Reliability.Tests.Ingestion;

/// <summary>
/// Reads the dead-letter topic from its start on a thread of its own while the test runs, so the mock broker's
/// small retention cannot drop a dead letter before it is counted.
/// </summary>
public sealed class DeadLetterReader : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Thread thread;
    private readonly ConcurrentQueue<(string? Error, string? SourceTopic, byte[] Value)> letters = new();

    public DeadLetterReader(string bootstrapServers, string topic)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = "reliability-deadletter-reader-" + Guid.NewGuid().ToString("N"),
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
            TopicMetadataRefreshIntervalMs = 1000,
        };
        thread = new Thread(() =>
        {
            using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(config).Build();
            consumer.Subscribe(topic);
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { IsPartitionEOF: false, Message: { } message })
                    {
                        letters.Enqueue((Header(message, "x-error"), Header(message, "x-source-topic"), message.Value ?? []));
                    }
                }
                catch (ConsumeException)
                {
                    // The topic may not exist until the first dead letter: keep polling.
                }
            }

            consumer.Close();
        }) { IsBackground = true, Name = "dead-letter reader" };
        thread.Start();
    }

    public IReadOnlyList<(string? Error, string? SourceTopic, byte[] Value)> Letters => letters.ToArray();

    public void Dispose()
    {
        stop.Cancel();
        thread.Join(TimeSpan.FromSeconds(30));
        stop.Dispose();
    }

    private static string? Header(Message<byte[]?, byte[]?> message, string name) =>
        message.Headers?.TryGetLastBytes(name, out var bytes) == true ? Encoding.UTF8.GetString(bytes) : null;
}
