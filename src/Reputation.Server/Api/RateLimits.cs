using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Reputation.Server.Api;

/// <summary>Rate limits on the endpoints anyone with a key can hit hard, partitioned by caller.</summary>
public static class RateLimits
{
    public const string Ingestion = "ingestion";

    public static IServiceCollection AddReputationRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Ingestion, http => RateLimitPartition.GetTokenBucketLimiter(
                http.User.Identity?.Name ?? http.Connection.RemoteIpAddress?.ToString() ?? "anonymous",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = 200,
                    TokensPerPeriod = 100,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                }));
        });
}
