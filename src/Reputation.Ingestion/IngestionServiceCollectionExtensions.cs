using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Reputation.Abstractions.Mentions;

namespace Reputation.Ingestion;

public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Registers Kafka ingestion: options (section <c>Kafka</c>), the endpoint (embedded cluster when no broker is
    /// configured), the producer, the consumer, and the health check named <c>kafka</c>. The caller registers
    /// <see cref="IMentionScorer"/> and <see cref="IBrandBatchSink"/>, unless <c>Kafka:ConsumerEnabled</c> is false.
    /// </summary>
    public static IServiceCollection AddReputationIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<KafkaOptions>()
            .Bind(configuration.GetSection(KafkaOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KafkaOptions>, KafkaOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new MentionParser(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<KafkaEndpoint>();
        services.TryAddSingleton<IKafkaEndpoint>(sp => sp.GetRequiredService<KafkaEndpoint>());
        services.TryAddSingleton<MentionProducer>();
        services.TryAddSingleton<KafkaHealthCheck>();

        // Registered first so that the endpoint is resolved (and an embedded cluster running) before the consumer starts.
        services.AddHostedService<KafkaBootstrap>();
        if (configuration.GetSection(KafkaOptions.SectionName).GetValue(nameof(KafkaOptions.ConsumerEnabled), true))
        {
            services.AddHostedService<MentionConsumer>();
        }

        services.AddHealthChecks().AddCheck<KafkaHealthCheck>("kafka", HealthStatus.Unhealthy, ["ready"]);
        return services;
    }

    private sealed class KafkaOptionsValidator : IValidateOptions<KafkaOptions>
    {
        public ValidateOptionsResult Validate(string? name, KafkaOptions options) =>
            options.Validate() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
