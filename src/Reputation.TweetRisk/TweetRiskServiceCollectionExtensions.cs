using Microsoft.Extensions.DependencyInjection;
using Reputation.TweetRisk.Tracking;

namespace Reputation.TweetRisk;

public static class TweetRiskServiceCollectionExtensions
{
    /// <summary>
    /// Registers the stateless <see cref="PressReleaseAnalyzer"/> (for the scoring stage) and the pure
    /// <see cref="SuspectReleaseTracker"/> (for the brand grain) as singletons.
    /// </summary>
    public static IServiceCollection AddTweetRisk(this IServiceCollection services, PressReleaseOptions? analyzer = null, SuspectReleaseTrackerOptions? incidents = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(new PressReleaseAnalyzer(analyzer));
        services.AddSingleton(new SuspectReleaseTracker(incidents));
        return services;
    }
}
