namespace Reputation.Reliability.Tests;

/// <summary>A default reliability host shared by the tests of one class.</summary>
public sealed class StartedHost : IAsyncLifetime
{
    public ReputationHost Host { get; } = ReliabilityHost.Create();

    public Task InitializeAsync() => Host.InitializeAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
