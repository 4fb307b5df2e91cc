namespace Reputation.Ingestion;

/// <summary>
/// The wait between retries of one delivery or dead-lettering: from <see cref="KafkaOptions.SinkRetryInitialMs"/>,
/// doubling up to <see cref="KafkaOptions.SinkRetryMaxMs"/>, each wait up to 20% shorter so that brands failing
/// together do not retry in lockstep.
/// </summary>
internal sealed class RetryDelay(KafkaOptions options)
{
    public TimeSpan Current { get; private set; } = TimeSpan.FromMilliseconds(options.SinkRetryInitialMs);

    public async Task WaitAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        await Task.Delay(Current * (0.8 + (Random.Shared.NextDouble() * 0.2)), time, cancellationToken).ConfigureAwait(false);
        Current = TimeSpan.FromMilliseconds(Math.Min(Current.TotalMilliseconds * 2, options.SinkRetryMaxMs));
    }
}
