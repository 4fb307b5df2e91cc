using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reputation.Abstractions.Hosting;
using Reputation.Abstractions.Json;
using Reputation.Webhooks.Endpoints;
using Reputation.Webhooks.Hosting;

namespace Reputation.Webhooks.Tests.Infrastructure;

/// <summary>A minimal web app on 127.0.0.1 serving the webhook endpoints, with the role taken from a test header.</summary>
public sealed class TestApi : IAsyncDisposable
{
    public const string RoleHeader = "X-Test-Role";
    private readonly WebApplication _app;

    private TestApi(WebApplication app, HttpClient http)
    {
        _app = app;
        Http = http;
    }

    public HttpClient Http { get; }

    public static async Task<TestApi> StartAsync(IClusterClient cluster)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton<IGrainFactory>(cluster);
        builder.Services.AddReputationWebhooks(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Webhooks:AllowLoopback"] = "false",
        }).Build());
        builder.Services.ConfigureHttpJsonOptions(o => ContractJson.Configure(o.SerializerOptions));
        builder.Services.AddAuthentication("Test").AddScheme<AuthenticationSchemeOptions, HeaderRoleHandler>("Test", null);
        builder.Services.AddAuthorizationBuilder().AddPolicy(Roles.Policies.Administer, p => p.RequireRole(Roles.Admin));

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapWebhookEndpoints();
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestApi(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class HeaderRoleHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            if (!Request.Headers.TryGetValue(RoleHeader, out var role)) return Task.FromResult(AuthenticateResult.NoResult());
            var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "tester"), new Claim(ClaimTypes.Role, role.ToString())], "Test");
            return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), "Test")));
        }
    }
}
