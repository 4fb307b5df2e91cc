using System.Diagnostics;
using Confluent.Kafka;

namespace Reputation.Cli.Bench;

/// <summary>The ceiling: a plain consumer in its own group reading the same topic from the start, doing nothing with the messages.</summary>
internal static class RawConsumeRate
{
    public static (long Messages, double PerSecond) Measure(string bootstrapServers, string topic, long expected, TimeSpan timeout)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = "bench-raw-" + Guid.NewGuid().ToString("N"),
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
            EnablePartitionEof = false,
        };
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(config).Build();
        consumer.Subscribe(topic);
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
        return (count, clock is null ? 0 : count / clock.Elapsed.TotalSeconds);
    }
}
