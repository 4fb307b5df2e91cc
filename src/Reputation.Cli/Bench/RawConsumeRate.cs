using System.Diagnostics;
using Confluent.Kafka;

namespace Reputation.Cli.Bench;

/// <summary>
/// The ceiling: a plain consumer in its own group reading the same topic from the start, doing nothing with the
/// messages. When it cannot read <c>expected</c> messages before the timeout (the embedded broker drops the oldest
/// beyond ~5 MiB per partition, which few brands on many mentions reach) there is no rate: NaN, not a wrong one.
/// </summary>
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
        return (count, clock is null || count < expected ? double.NaN : count / clock.Elapsed.TotalSeconds);
    }
}
