namespace Reputation.Cli.Bench;

/// <summary>
/// How far the load may run ahead of what the grains have counted. The embedded broker keeps about 5 MiB per
/// partition and drops the oldest beyond it; the server has it drop what was committed, so only the unread lead has
/// to fit. A bounded lead lets a run of any length go through the server's own partitions: spreading a whole run over
/// enough partitions to hold it made record batches so small that the broker and the consumer spent a fifth of the CPU
/// on them when mentions came at a steady rate.
/// </summary>
internal sealed class ProducerLead(long max)
{
    /// <summary>Without room for this long, the run has stalled: fail instead of waiting forever.</summary>
    private static readonly TimeSpan Stall = TimeSpan.FromSeconds(120);

    private long _counted;

    /// <summary>Mentions counted by the grains since the load's first message (warm-up included).</summary>
    public void Report(long counted) => Volatile.Write(ref _counted, counted);

    /// <summary>Blocks while <paramref name="produced"/> is <c>max</c> or more ahead of the count.</summary>
    public void WaitForRoom(long produced, CancellationToken cancellationToken)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (produced - Volatile.Read(ref _counted) >= max)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (waited.Elapsed >= Stall)
            {
                throw new TimeoutException($"The grains stayed {max:N0} mentions behind the load for {Stall.TotalSeconds:F0} s.");
            }

            Thread.Sleep(5);
        }
    }
}
