using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Reputation.Storage.Postgres.Tests;

/// <summary>
/// A throwaway PostgreSQL server: a fresh data directory from initdb, started with pg_ctl on a free loopback
/// port and stopped (and deleted) at the end. PostgreSQL refuses to run as root, so as root every server
/// command runs as the distribution's postgres user.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string ServiceUser = "postgres";
    private string _root = "";
    private string _binaries = "";
    private int _port;

    public async Task InitializeAsync()
    {
        _binaries = FindBinaries();
        _root = Directory.CreateTempSubdirectory("reputation-pg-").FullName;
        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", [ServiceUser, _root]);
        }

        _port = FreePort();
        await RunServerToolAsync("initdb", ["-D", DataDirectory, "-U", ServiceUser, "-A", "trust", "-E", "UTF8", "--no-sync"]);
        // -F: no fsync, the data is thrown away; -k: the socket lives in our directory, not /var/run.
        await RunServerToolAsync("pg_ctl", [
            "-D", DataDirectory, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60",
            "-o", $"-p {_port} -h 127.0.0.1 -k {_root} -F", "start"]);
        await WaitUntilAcceptingAsync();
    }

    public async Task DisposeAsync()
    {
        if (_root.Length == 0)
        {
            return;
        }

        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await RunServerToolAsync("pg_ctl", ["-D", DataDirectory, "-m", "immediate", "-w", "stop"]);
        }

        Directory.Delete(_root, recursive: true);
    }

    /// <summary>Connection string for the maintenance database.</summary>
    public string AdminConnectionString => ConnectionString("postgres");

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = _port, Username = ServiceUser, Database = database }.ConnectionString;

    /// <summary>Creates an empty database so a test sees no table and no rows from other tests.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    private string DataDirectory => Path.Combine(_root, "data");

    private static string FindBinaries()
    {
        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return installed ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql/*/bin. " +
            "These tests run a real PostgreSQL: install it with `apt-get install postgresql` (scripts/install-test-deps.sh does).");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private Task RunServerToolAsync(string tool, IReadOnlyList<string> arguments)
    {
        var path = Path.Combine(_binaries, tool);
        return Environment.IsPrivilegedProcess
            ? RunAsync("runuser", ["-u", ServiceUser, "--", path, .. arguments])
            : RunAsync(path, arguments);
    }

    private async Task RunAsync(string program, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        // pg_ctl's server inherits no pipes (it logs to -l), so reading to the end does not wait for the server.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(_root, "server.log");
            var serverLog = File.Exists(log) ? await File.ReadAllTextAsync(log) : "";
            throw new InvalidOperationException(
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await output}\n{await error}\n{serverLog}");
        }
    }

    private async Task WaitUntilAcceptingAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (attempt < 100)
            {
                await Task.Delay(100);
            }
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
