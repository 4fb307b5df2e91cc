using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Reputation.Reliability.Tests.Storage;

/// <summary>
/// Debian's redis-server on a loopback port, killable and restartable on the same port. It keeps an append-only
/// file synced on every write, as a production Redis holding grain state would, so a kill -9 loses nothing.
/// </summary>
public sealed class RedisProcess : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("reliability-redis-").FullName;
    private Process? process;

    public RedisProcess() => Port = ReputationHost.FreePort();

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port},abortConnect=false";

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("redis-server")
        {
            ArgumentList = { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "yes", "--appendfsync", "always", "--dir", directory },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await Accepts())
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"redis-server did not listen on {Port}.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>SIGKILL: no shutdown, no final save; what is on disk is what was fsynced.</summary>
    public void Kill()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            process.WaitForExit();
        }

        process?.Dispose();
        process = null;
    }

    public void Dispose()
    {
        Kill();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<bool> Accepts()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
