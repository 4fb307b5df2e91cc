using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Reputation.Cli.Bench;

/// <summary>
/// The real server, started from its built dll as a child process: embedded Kafka, demo off, loopback
/// webhooks allowed, a known admin key. Stopped (and its process tree killed) on dispose.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;

    private ServerProcess(Process process, Uri address, string adminKey)
    {
        this.process = process;
        Address = address;
        AdminKey = adminKey;
    }

    public Uri Address { get; }

    public string AdminKey { get; }

    public int ProcessId => process.Id;

    public static async Task<ServerProcess> StartAsync(FileInfo serverDll, IReadOnlyList<string> extraSettings, TimeSpan startTimeout, CancellationToken cancellationToken)
    {
        var port = FreeLoopbackPort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var adminKey = "bench-" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = serverDll.DirectoryName!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(serverDll.FullName);
        foreach (var setting in new[]
                 {
                     $"--Urls={address}", "--Demo:Enabled=false", "--Webhooks:AllowLoopback=true", $"--Auth:AdminApiKey={adminKey}",
                     "--Logging:LogLevel:Default=Warning", $"--Silo:SiloPort={FreeLoopbackPort()}", $"--Silo:GatewayPort={FreeLoopbackPort()}",
                 }.Concat(extraSettings))
        {
            info.ArgumentList.Add(setting);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the server process.");
        // Drain its output so it never blocks on a full pipe; keep errors visible.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine("server: " + e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ServerProcess(process, address, adminKey);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + startTimeout;
        while (DateTime.UtcNow < deadline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited at start-up with code {process.ExitCode}.");
            }

            try
            {
                if ((await http.GetAsync("/health/ready", cancellationToken)).StatusCode == HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(250, cancellationToken);
        }

        await server.DisposeAsync();
        throw new TimeoutException($"The server was not ready within {startTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");
    }

    public HttpClient CreateClient()
    {
        var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);
        return http;
    }

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
