using System.Collections.Concurrent;

namespace Reputation.Storage.Postgres;

/// <summary>The silo-wide registry of pools by connection string, so several storage names share one pool.</summary>
public sealed class PostgresDatabases : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<PostgresDatabase>> _databases = new(StringComparer.Ordinal);

    public PostgresDatabase Get(string connectionString) =>
        _databases.GetOrAdd(connectionString, cs => new Lazy<PostgresDatabase>(() => new PostgresDatabase(cs))).Value;

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _databases.Values.Where(d => d.IsValueCreated))
        {
            await database.Value.DisposeAsync().ConfigureAwait(false);
        }

        _databases.Clear();
    }
}
