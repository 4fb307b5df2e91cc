using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;
using Reputation.Abstractions.Live;

namespace Reputation.Cli.Bench;

/// <summary>The two ways an alert leaves the service: a SignalR client watching all alerts, and a webhook receiver on loopback.</summary>
internal sealed class AlertChannels : IAsyncDisposable
{
    private readonly HubConnection hub;
    private readonly WebApplication receiver;

    private AlertChannels(HubConnection hub, WebApplication receiver)
    {
        this.hub = hub;
        this.receiver = receiver;
    }

    public static async Task<AlertChannels> OpenAsync(ServerProcess server, HttpClient api, AlertLatencies latencies, IReadOnlyList<string> brands, CancellationToken cancellationToken)
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(server.Address, HubEvents.Path), o => o.Headers["X-Api-Key"] = server.AdminKey)
            .Build();
        hub.On<JsonElement>(HubEvents.Alert, alert => latencies.SignalRReceived(alert.GetRawText(), DateTime.UtcNow));
        await hub.StartAsync(cancellationToken);
        await hub.InvokeAsync(HubEvents.WatchAllAlerts, cancellationToken);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var port = ServerProcess.FreeLoopbackPort();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port, o => o.Protocols = HttpProtocols.Http1));
        var receiver = builder.Build();
        receiver.MapPost("/hook", async (HttpRequest request) =>
        {
            var at = DateTime.UtcNow;
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            latencies.WebhookReceived(await reader.ReadToEndAsync(), at);
            return Results.Ok();
        });
        await receiver.StartAsync(cancellationToken);

        var subscription = await api.PostAsJsonAsync("/api/webhooks", new
        {
            url = $"http://127.0.0.1:{port}/hook",
            secret = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)),
            brands,
        }, cancellationToken);
        if (!subscription.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Registering the webhook failed: {(int)subscription.StatusCode} {await subscription.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return new AlertChannels(hub, receiver);
    }

    public async ValueTask DisposeAsync()
    {
        await hub.DisposeAsync();
        await receiver.StopAsync();
        await receiver.DisposeAsync();
    }
}
