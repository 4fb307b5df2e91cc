namespace Reputation.Reliability.Tests;

/// <summary>A default <see cref="ReliabilityHost"/> shared by the tests of one class.</summary>
public sealed class StartedHost : IAsyncLifetime
{
    public ReliabilityHost Host { get; } = new();

    public Task InitializeAsync() => Host.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
