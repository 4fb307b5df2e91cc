using Npgsql;

namespace Reputation.Storage.Postgres;

/// <summary>
/// One connection pool per connection string, shared by every storage name that uses it, and the one-time
/// creation of the state table (storages start concurrently, so they must not race on CREATE TABLE).
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    // CREATE TABLE IF NOT EXISTS can still collide on the catalog when two sessions run it at once.
    private const string UniqueViolation = "23505";
    private const string DuplicateTable = "42P07";

    private readonly object _gate = new();
    private Task? _tableReady;

    public PostgresDatabase(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("PostgreSQL grain storage needs a connection string (ConnectionStrings:Postgres).");
        }

        DataSource = NpgsqlDataSource.Create(connectionString);
    }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>
    /// Creates the state table on first call; a failed attempt is retried by the next caller. The creation is
    /// shared, so one caller giving up (its token) does not cancel it for the others.
    /// </summary>
    public Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_tableReady is null || _tableReady.IsFaulted)
            {
                _tableReady = CreateTableAsync();
            }

            return _tableReady.WaitAsync(cancellationToken);
        }
    }

    private async Task CreateTableAsync()
    {
        await using var command = DataSource.CreateCommand(GrainStateTable.Create);
        try
        {
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState is UniqueViolation or DuplicateTable)
        {
            // Another process created it between our check and our insert into the catalog.
        }
    }

    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
