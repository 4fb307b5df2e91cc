using System.Diagnostics;
using Confluent.Kafka;
using Reputation.Ingestion.Embedded;

namespace Reputation.Cli.Bench;

/// <summary>
/// The ceiling: a plain consumer reading the load's messages and doing nothing with them. The server's embedded broker
/// drops what the server has committed, so the messages are produced again, at full speed, to a broker of the bench's
/// own (the same librdkafka mock, on the same machine, while the server idles), with enough partitions to hold them.
/// When the consumer cannot read them all before the timeout there is no rate: NaN, not a wrong one.
/// </summary>
internal static class RawConsumeRate
{
    private const string Topic = "mentions";

    public static async Task<(long Messages, double PerSecond)> MeasureAsync(BenchSettings settings, long messages, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cluster = new EmbeddedKafkaCluster();
        cluster.CreateTopic(Topic, BenchPartitions.ToHold(messages));
        var load = new MentionLoad(cluster.BootstrapServers, Topic, settings with { Mentions = messages, Rate = 0 }, new AlertLatencies(), lead: null);
        await load.RunAsync([], cancellationToken);
        return Consume(cluster.BootstrapServers, messages, timeout);
    }

    private static (long Messages, double PerSecond) Consume(string bootstrapServers, long expected, TimeSpan timeout)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = "bench-raw",
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
            EnablePartitionEof = false,
        };
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(config).Build();
        consumer.Subscribe(Topic);
        long count = 0;
        Stopwatch? clock = null;
        var deadline = Stopwatch.StartNew();
        while (count < expected && deadline.Elapsed < timeout)
        {
            var result = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (result is null)
            {
                continue;
            }

            // Timed from the first message, so the group join is not counted.
            clock ??= Stopwatch.StartNew();
            count++;
        }

        consumer.Close();
        return (count, clock is null || count < expected ? double.NaN : count / clock.Elapsed.TotalSeconds);
    }
}
