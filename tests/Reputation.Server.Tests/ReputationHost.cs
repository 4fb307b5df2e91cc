using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Reputation.Server.Tests;

/// <summary>
/// The real server (silo, embedded Kafka, consumer, API, hub) on Kestrel at a free loopback port, with
/// known keys for each role. One instance per test class; ports never collide between instances.
/// </summary>
public sealed class ReputationHost : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminKey = "test-admin-key-0123456789";
    public const string ResponderKey = "test-responder-key-0123456789";
    public const string ViewerKey = "test-viewer-key-0123456789";
    public const string IngesterKey = "test-ingester-key-0123456789";

    private readonly Dictionary<string, string?> settings;
    private readonly ILoggerProvider? logs;

    public ReputationHost() : this(new Dictionary<string, string?>()) { }

    /// <param name="overrides">Settings that replace or add to the defaults below.</param>
    /// <param name="logs">Receives every log line of the host, for tests that inspect what was written.</param>
    internal ReputationHost(IReadOnlyDictionary<string, string?> overrides, ILoggerProvider? logs = null)
    {
        this.logs = logs;
        settings = new Dictionary<string, string?>
        {
            ["Demo:Enabled"] = "false",
            // Tests produce digests on demand; a scheduled run would race them for the same days.
            ["Digest:Enabled"] = "false",
            ["Silo:SiloPort"] = FreePort().ToString(),
            ["Silo:GatewayPort"] = FreePort().ToString(),
            ["Silo:ClusterId"] = "test-" + Guid.NewGuid().ToString("N")[..8],
            ["Auth:AdminApiKey"] = AdminKey,
            ["Auth:Users:0:Name"] = "rita-responder",
            ["Auth:Users:0:Role"] = "responder",
            ["Auth:Users:0:Key"] = ResponderKey,
            ["Auth:Users:1:Name"] = "victor-viewer",
            ["Auth:Users:1:Role"] = "viewer",
            ["Auth:Users:1:Key"] = ViewerKey,
            ["Auth:Users:2:Name"] = "ingest-vendor",
            ["Auth:Users:2:Role"] = "ingester",
            ["Auth:Users:2:Key"] = IngesterKey,
            ["Kafka:SessionTimeoutMs"] = "6000",
            ["Webhooks:AllowLoopback"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        UseKestrel(0);
    }

    public Uri BaseAddress { get; private set; } = null!;

    public Task InitializeAsync()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First(a => a.StartsWith("http://", StringComparison.Ordinal)).Replace("[::]", "127.0.0.1"));
        return WaitUntilReady();
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public HttpClient Client(string? apiKey = AdminKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    /// <summary>Registers a brand named after its id (upper case) with its competitors, as the admin.</summary>
    public async Task RegisterBrand(string id, params string[] competitors)
    {
        using var admin = Client(AdminKey);
        var brand = new Abstractions.Brands.Brand { Id = id, Name = id.ToUpperInvariant(), Competitors = competitors };
        using var response = await admin.PutAsJsonAsync($"/api/brands/{id}", brand, Abstractions.Json.ContractJson.Options);
        response.EnsureSuccessStatusCode();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Urls", "http://127.0.0.1:0");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }

    private async Task WaitUntilReady()
    {
        using var client = Client(apiKey: null);
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            try
            {
                using var response = await client.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The server did not become ready within 90 s.");
            }

            await Task.Delay(250);
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Polls until the condition holds or the time runs out; the last value is returned either way.</summary>
    public static async Task<T> Eventually<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var value = await probe();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(200);
        }
    }

    public static Task<T?> Get<T>(HttpClient client, string path) => client.GetFromJsonAsync<T>(path, Abstractions.Json.ContractJson.Options);
}
