using Npgsql;

namespace Reputation.Storage.Postgres.Tests;

/// <summary>Reads the state table directly, to check what the storage really wrote.</summary>
internal static class GrainStateRows
{
    public static async Task<bool> TableExistsAsync(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand("SELECT to_regclass('public.reputation_grain_state') IS NOT NULL");
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The etags of the rows whose grain id contains <paramref name="key"/>, by state name.</summary>
    public static async Task<IReadOnlyList<(string ServiceId, string StateName, long ETag, int PayloadBytes)>> ForGrainAsync(string connectionString, string key)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand(
            "SELECT service_id, state_name, etag, length(payload) FROM reputation_grain_state WHERE grain_id LIKE '%' || $1 ORDER BY service_id");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = "/" + key });
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, string, long, int)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt32(3)));
        }

        return rows;
    }
}
