using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using Reputation.Abstractions.Digests;

namespace Reputation.Grains.Tests;

/// <summary>
/// Digests follow the silo's <see cref="TimeProvider"/>, not the wall clock: a cluster of its own whose clock is set
/// years ahead can produce a day the wall clock has not reached, and stamps the digest with its own time.
/// </summary>
public sealed class DigestClockTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2031, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private InProcessTestCluster cluster = null!;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            // Registered first, so the grains' default (the system clock) does not replace it.
            silo.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
            ClusterFixture.AddGrains(silo);
        });
        cluster = builder.Build();
        await cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await cluster.DisposeAsync();

    [Fact]
    public async Task The_day_before_the_silo_clock_can_be_produced_and_carries_that_clock()
    {
        var digests = cluster.Client.GetGrain<IDigestGrain>("clock-brand");

        var digest = await digests.Produce(new DateOnly(2031, 3, 9));

        Assert.Equal(new DateOnly(2031, 3, 9), digest.Day);
        Assert.Equal(Now, digest.ProducedAt);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => digests.Produce(new DateOnly(2031, 3, 10)));
    }
}
