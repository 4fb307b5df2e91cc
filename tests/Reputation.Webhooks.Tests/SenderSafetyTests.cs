using Microsoft.AspNetCore.Http;
using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Reputation.Webhooks.Delivery;
using Reputation.Webhooks.Hosting;
using Reputation.Webhooks.Safety;
using Reputation.Webhooks.Subscriptions;
using Reputation.Webhooks.Tests.Infrastructure;

namespace Reputation.Webhooks.Tests;

/// <summary>The real sender and HTTP stack against a real receiver: forbidden targets get no connection at all.</summary>
public sealed class SenderSafetyTests
{
    private static (ServiceProvider Services, MapResolver Resolver) Build(bool allowLoopback)
    {
        var resolver = new MapResolver();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Webhooks:AllowLoopback"] = allowLoopback ? "true" : "false",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IWebhookHostResolver>(resolver);
        services.AddReputationWebhooks(configuration);
        return (services.BuildServiceProvider(), resolver);
    }

    private static WebhookSubscription To(string url) => new()
    {
        Id = "wh_s", Url = url, Secret = "0123456789abcdef", CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
    };

    private static readonly WebhookDelivery Delivery = new()
    {
        Id = "d1", EventName = "alert.raised", AlertId = "al_1", AlertUpdatedAt = DateTimeOffset.UtcNow, Body = "{\"id\":\"al_1\"}",
    };

    [Fact]
    public async Task A_name_resolving_to_loopback_is_refused_without_connecting_when_loopback_is_not_allowed()
    {
        await using var receiver = await TestReceiver.StartAsync();
        var (services, resolver) = Build(allowLoopback: false);
        await using var _ = services;
        resolver.Names["hooks.rebind.test"] = [IPAddress.Loopback];

        var result = await services.GetRequiredService<IWebhookSender>().SendAsync(To($"https://hooks.rebind.test:{receiver.Port}/hook"), Delivery, default);

        Assert.Equal(WebhookSendOutcome.Refused, result.Outcome);
        Assert.Equal("refused: 127.0.0.1 is a loopback address", result.Error);
        Assert.Equal(0, receiver.Connections);
    }

    [Theory]
    [InlineData("10.0.0.5", "refused: 10.0.0.5 is a private address")]
    [InlineData("169.254.169.254", "refused: 169.254.169.254 is the cloud metadata address")]
    [InlineData("::ffff:192.168.0.10", "refused: ::ffff:192.168.0.10 is a private address")]
    public async Task A_name_with_any_forbidden_answer_is_refused_before_any_connection(string forbidden, string reason)
    {
        // Loopback is allowed here and listed first: if the guard let the name through, the receiver would see the connection.
        await using var receiver = await TestReceiver.StartAsync();
        var (services, resolver) = Build(allowLoopback: true);
        await using var _ = services;
        resolver.Names["mixed.test"] = [IPAddress.Loopback, IPAddress.Parse(forbidden)];

        var result = await services.GetRequiredService<IWebhookSender>().SendAsync(To($"https://mixed.test:{receiver.Port}/hook"), Delivery, default);

        Assert.Equal(WebhookSendOutcome.Refused, result.Outcome);
        Assert.Equal(reason, result.Error);
        Assert.Equal(0, receiver.Connections);
    }

    [Fact]
    public async Task Redirects_are_not_followed()
    {
        await using var receiver = await TestReceiver.StartAsync();
        receiver.StatusCode = StatusCodes.Status302Found;
        var (services, _) = Build(allowLoopback: true);
        await using var __ = services;

        var result = await services.GetRequiredService<IWebhookSender>().SendAsync(To(receiver.Url), Delivery, default);

        Assert.Equal(WebhookSendOutcome.Failed, result.Outcome);
        Assert.Equal(302, result.StatusCode);
        Assert.Equal("HTTP 302 (redirects are not followed)", result.Error);
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task Plain_http_to_loopback_is_refused_at_send_time_once_loopback_is_switched_off()
    {
        await using var receiver = await TestReceiver.StartAsync();
        var (services, _) = Build(allowLoopback: false);
        await using var _ = services;

        var result = await services.GetRequiredService<IWebhookSender>().SendAsync(To(receiver.Url), Delivery, default);

        Assert.Equal(WebhookSendOutcome.Refused, result.Outcome);
        Assert.Equal("refused: url must not target the local machine (127.0.0.1, localhost, [::1]).", result.Error);
        Assert.Equal(0, receiver.Connections);
    }

    [Fact]
    public async Task A_receiver_that_is_down_is_a_failed_attempt_not_a_refusal()
    {
        var receiver = await TestReceiver.ReserveAsync();
        var (services, _) = Build(allowLoopback: true);
        await using var _ = services;

        var result = await services.GetRequiredService<IWebhookSender>().SendAsync(To(receiver.Url), Delivery, default);

        Assert.Equal(WebhookSendOutcome.Failed, result.Outcome);
        Assert.Null(result.StatusCode);
        Assert.Contains("ConnectionRefused", result.Error);
    }
}
