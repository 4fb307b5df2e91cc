namespace Reputation.Server.Digests;

public static class DigestSetup
{
    /// <summary>Binds and checks the <c>Digest</c> section and, when enabled, starts this silo's digest timer.</summary>
    public static IServiceCollection AddReputationDigests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DigestOptions>().Bind(configuration.GetSection(DigestOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        if (configuration.GetValue($"{DigestOptions.Section}:{nameof(DigestOptions.Enabled)}", defaultValue: true))
        {
            services.AddHostedService<DailyDigestTimer>();
        }

        return services;
    }
}
