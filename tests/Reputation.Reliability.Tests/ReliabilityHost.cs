using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Reputation.Reliability.Tests;

/// <summary>
/// The real server (silo, embedded Kafka, consumer, API) on Kestrel at a free loopback port, with known keys
/// and every log line captured. Settings can be overridden per test (storage, rate limits, log level).
/// </summary>
public sealed class ReliabilityHost : WebApplicationFactory<Program>
{
    public const string AdminKey = "reliability-admin-key-5f1c9e27d04b";
    public const string IngesterKey = "reliability-ingester-key-8a3d61b0c2";
    public const string ViewerKey = "reliability-viewer-key-41e7d2a9f6";

    private readonly Dictionary<string, string?> settings;

    public ReliabilityHost(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        settings = new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "false",
            ["Silo:SiloPort"] = FreePort().ToString(),
            ["Silo:GatewayPort"] = FreePort().ToString(),
            ["Silo:ClusterId"] = "rel-" + Guid.NewGuid().ToString("N")[..8],
            ["Auth:AdminApiKey"] = AdminKey,
            ["Auth:Users:0:Name"] = "ingest-vendor",
            ["Auth:Users:0:Role"] = "ingester",
            ["Auth:Users:0:Key"] = IngesterKey,
            ["Auth:Users:1:Name"] = "victor-viewer",
            ["Auth:Users:1:Role"] = "viewer",
            ["Auth:Users:1:Key"] = ViewerKey,
            ["Kafka:SessionTimeoutMs"] = "6000",
            ["Kafka:Partitions"] = "4",
            ["Webhooks:AllowLoopback"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        UseKestrel(0);
    }

    public CapturedLogs Logs { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public async Task StartAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)).Replace("[::]", "127.0.0.1"));
        using var client = Client(apiKey: null);
        var ready = await Eventually.Wait(() => Status(client, "/health/ready"), s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(90));
        if (ready != HttpStatusCode.OK)
        {
            throw new TimeoutException("The server did not become ready within 90 s.");
        }
    }

    public HttpClient Client(string? apiKey = AdminKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    public static async Task<HttpStatusCode> Status(HttpClient client, string path)
    {
        try
        {
            using var response = await client.GetAsync(path);
            return response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return 0;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
