using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Reputation.Webhooks.Delivery;
using Reputation.Webhooks.Safety;
using Reputation.Webhooks.Subscriptions;

namespace Reputation.Webhooks.Hosting;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>
    /// Registers the webhook options (section <c>Webhooks</c>), the vetted HTTP client, the sender, the request
    /// validators and the outbox resumer. Call it in the host that runs the silo; the silo also needs a grain
    /// storage named <c>StorageNames.Webhooks</c>.
    /// </summary>
    public static IServiceCollection AddReputationWebhooks(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<WebhookOptions>()
            .Bind(configuration.GetSection(WebhookOptions.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWebhookHostResolver, DnsWebhookHostResolver>();
        services.TryAddSingleton<IWebhookSender, WebhookSender>();
        services.TryAddSingleton(sp =>
        {
            var allowLoopback = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowLoopback;
            return new WebhookRequestValidators(
                new WebhookSubscriptionValidator(allowLoopback, secretRequired: true),
                new WebhookSubscriptionValidator(allowLoopback, secretRequired: false));
        });

        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var settings = sp.GetRequiredService<IOptions<WebhookOptions>>().Value;
                var connector = new VettedConnector(sp.GetRequiredService<IWebhookHostResolver>(), settings.AllowLoopback);
                return new SocketsHttpHandler
                {
                    // Redirects, proxies and cookies would each send the request somewhere the SSRF check did not see.
                    AllowAutoRedirect = false,
                    UseProxy = false,
                    UseCookies = false,
                    ConnectTimeout = settings.AttemptTimeout,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                    ConnectCallback = (context, token) => connector.ConnectAsync(context.DnsEndPoint, token),
                };
            })
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan)
            // The default client logging writes full URLs, which may carry subscriber tokens in the query.
            .RemoveAllLoggers();

        services.AddHostedService<WebhookOutboxResumer>();
        return services;
    }
}

/// <summary>The create (secret required) and update (secret optional) validators.</summary>
public sealed record WebhookRequestValidators(WebhookSubscriptionValidator Create, WebhookSubscriptionValidator Update);
