using Microsoft.Extensions.DependencyInjection;
using Reputation.TweetRisk.Tracking;

namespace Reputation.TweetRisk.Tests;

public sealed class ServiceRegistrationTests
{
    [Fact]
    public void AddTweetRisk_registers_the_analyzer_and_tracker_with_their_options()
    {
        using var services = new ServiceCollection()
            .AddTweetRisk(new PressReleaseOptions { SuspectThreshold = 0.7 }, new SuspectReleaseTrackerOptions { QuietPeriod = TimeSpan.FromHours(2) })
            .BuildServiceProvider();

        Assert.Equal(0.7, services.GetRequiredService<PressReleaseAnalyzer>().Options.SuspectThreshold);
        Assert.Equal(TimeSpan.FromHours(2), services.GetRequiredService<SuspectReleaseTracker>().Options.QuietPeriod);
        Assert.Same(services.GetRequiredService<PressReleaseAnalyzer>(), services.GetRequiredService<PressReleaseAnalyzer>());
    }
}
