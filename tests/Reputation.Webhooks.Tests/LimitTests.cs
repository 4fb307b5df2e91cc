using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reputation.Webhooks.Hosting;
using Reputation.Abstractions.Hosting;
using Reputation.Webhooks.Tests.Infrastructure;

namespace Reputation.Webhooks.Tests;

public sealed class LimitTests
{
    [Fact]
    public async Task Creating_beyond_the_subscription_limit_is_a_conflict()
    {
        var settings = WebhookCluster.FastSettings();
        settings["Webhooks:MaxSubscriptions"] = "1";
        await using var webhooks = await WebhookCluster.StartAsync(settings);
        await using var api = await TestApi.StartAsync(webhooks.Client);

        HttpRequestMessage Create()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks")
            {
                Content = JsonContent.Create(new { url = "https://hooks.example.com/x", secret = "0123456789abcdef" }),
            };
            request.Headers.Add(TestApi.RoleHeader, Roles.Admin);
            return request;
        }

        Assert.Equal(HttpStatusCode.Created, (await api.Http.SendAsync(Create())).StatusCode);
        var second = await api.Http.SendAsync(Create());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("Webhooks:MaxSubscriptions", await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Settings_out_of_range_are_reported()
    {
        var options = new WebhookOptions { RetryBaseDelay = TimeSpan.FromMinutes(5), RetryMaxDelay = TimeSpan.FromMinutes(1), MaxSubscriptions = 0 };
        Assert.Equal(
            ["Webhooks:RetryMaxDelay must be at least RetryBaseDelay.", "Webhooks:MaxSubscriptions must be between 1 and 10000."],
            options.Problems());
        Assert.Empty(new WebhookOptions().Problems());
    }

    [Fact]
    public void Bad_settings_fail_with_the_setting_named()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Webhooks:MaxParallelSends"] = "0",
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddReputationWebhooks(configuration).BuildServiceProvider();
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<WebhookOptions>>().Value);
        Assert.Contains("Webhooks:MaxParallelSends must be between 1 and 64.", error.Failures);
    }
}
