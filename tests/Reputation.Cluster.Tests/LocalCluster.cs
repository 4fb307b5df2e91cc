using System.Net;
using System.Net.Sockets;

namespace Reputation.Cluster.Tests;

/// <summary>
/// A cluster on loopback made of real processes: Debian's redis-server (membership and grain state), a
/// Kafka mock-cluster process shared by all silos, and N silo processes of the real server.
/// </summary>
public sealed class LocalCluster : IAsyncDisposable
{
    public const string AdminKey = "cluster-admin-key-0123456789";

    private readonly List<ChildProcess> processes = [];
    private readonly string clusterId = "c" + Guid.NewGuid().ToString("N")[..8];
    private readonly string configuration;
    private readonly string repoRoot;
    private int redisPort;

    private LocalCluster()
    {
        // The test runs from tests/X/bin/<Configuration>/net10.0; the processes come from the same configuration.
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        configuration = output.Parent!.Name;
        repoRoot = output.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
    }

    public string KafkaBootstrap { get; private set; } = "";

    public List<Silo> Silos { get; } = [];

    public sealed record Silo(ChildProcess Process, Uri Http, int Index);

    public static async Task<LocalCluster> StartAsync(int silos)
    {
        var cluster = new LocalCluster();
        try
        {
            await cluster.StartInfrastructure();
            for (var i = 0; i < silos; i++)
            {
                await cluster.StartSilo(i);
            }

            await Task.WhenAll(cluster.Silos.Select(s => WaitReady(s)));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public HttpClient Client(Silo silo) =>
        new() { BaseAddress = silo.Http, Timeout = TimeSpan.FromSeconds(60), DefaultRequestHeaders = { { "X-Api-Key", AdminKey } } };

    public string Diagnostics() => string.Join("\n\n", processes.Select(p => $"--- {p.Name} ---\n{p.Tail(40)}"));

    private async Task StartInfrastructure()
    {
        redisPort = FreePort();
        var redis = Track(new ChildProcess("redis", "redis-server", ["--port", redisPort.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]));
        await redis.WaitForLine(l => l.Contains("Ready to accept connections"), TimeSpan.FromSeconds(20));

        var cli = Path.Combine(repoRoot, "src", "Reputation.Cli", "bin", configuration, "net10.0", "reputation.dll");
        var kafka = Track(new ChildProcess("kafka", "dotnet", [cli, "kafka", "--partitions", "12"]));
        KafkaBootstrap = (await kafka.WaitForLine(l => l.StartsWith("bootstrap=", StringComparison.Ordinal), TimeSpan.FromSeconds(30)))["bootstrap=".Length..];
    }

    private async Task StartSilo(int index)
    {
        var http = FreePort();
        var siloPort = FreePort();

        var server = Path.Combine(repoRoot, "src", "Reputation.Server", "bin", configuration, "net10.0", "Reputation.Server.dll");
        var process = Track(new ChildProcess($"silo{index}", "dotnet",
        [
            server,
            "--urls", $"http://127.0.0.1:{http}",
            "--Kafka:BootstrapServers", KafkaBootstrap,
            "--Kafka:SessionTimeoutMs", "6000",
            "--Silo:Clustering", "redis",
            "--Silo:Storage", "redis",
            "--Silo:ClusterId", clusterId,
            "--Silo:SiloPort", siloPort.ToString(),
            "--Silo:GatewayPort", FreePort().ToString(),
            "--ConnectionStrings:Redis", $"127.0.0.1:{redisPort}",
            "--Demo:Enabled", "false",
            "--Auth:AdminApiKey", AdminKey,
            "--Logging:LogLevel:Default", "Warning",
        ], Path.Combine(repoRoot, "src", "Reputation.Server")));
        Silos.Add(new Silo(process, new Uri($"http://127.0.0.1:{http}"), index));
        await Task.CompletedTask;
    }

    private static async Task WaitReady(Silo silo)
    {
        using var client = new HttpClient { BaseAddress = silo.Http, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }

            if (silo.Process.HasExited)
            {
                break;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"silo{silo.Index} did not become ready:\n{silo.Process.Tail()}");
    }

    private ChildProcess Track(ChildProcess process)
    {
        processes.Add(process);
        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        foreach (var process in Enumerable.Reverse(processes))
        {
            process.Dispose();
        }

        return ValueTask.CompletedTask;
    }
}
