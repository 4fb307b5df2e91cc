using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Reputation.Webhooks.Tests.Infrastructure;

public sealed record ReceivedWebhook(IReadOnlyDictionary<string, string> Headers, byte[] Body);

/// <summary>A real Kestrel webhook receiver on 127.0.0.1 that records every request and counts TCP connections.</summary>
public sealed class TestReceiver : IAsyncDisposable
{
    private WebApplication? _app;
    private int _connections;

    public int Port { get; private set; }
    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();
    public int Connections => Volatile.Read(ref _connections);
    public int StatusCode { get; set; } = StatusCodes.Status200OK;
    public string Url => $"http://127.0.0.1:{Port}/hook";

    public static async Task<TestReceiver> StartAsync()
    {
        var receiver = new TestReceiver();
        await receiver.StartAsync(0);
        return receiver;
    }

    /// <summary>A receiver that is down: its port is known, nothing listens on it until <see cref="StartAsync(int)"/>.</summary>
    public static async Task<TestReceiver> ReserveAsync()
    {
        var receiver = await StartAsync();
        await receiver.StopAsync();
        return receiver;
    }

    public async Task StartAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen =>
            listen.Use(next => connection =>
            {
                Interlocked.Increment(ref _connections);
                return next(connection);
            })));
        var app = builder.Build();
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            Received.Enqueue(new ReceivedWebhook(headers, buffer.ToArray()));
            context.Response.StatusCode = StatusCode;
        });
        await app.StartAsync();
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Port = new Uri(address).Port;
    }

    public Task StartAgainAsync() => StartAsync(Port);

    public async Task StopAsync()
    {
        if (_app is null) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}
