using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using Orleans.Runtime;
using Orleans.Storage;

namespace Reputation.Storage.Postgres;

/// <summary>
/// Grain state in one PostgreSQL table, keyed by service, grain and state name. The etag is the row version:
/// a write or clear names the version it read and fails with <see cref="InconsistentStateException"/> when
/// another activation got there first.
/// </summary>
public sealed class PostgresGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly string _name;
    private readonly string _serviceId;
    private readonly PostgresDatabase _database;
    private readonly IGrainStorageSerializer _serializer;

    public PostgresGrainStorage(string name, string serviceId, PostgresDatabase database, IGrainStorageSerializer serializer)
    {
        _name = name;
        _serviceId = serviceId;
        _database = database;
        _serializer = serializer;
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        await _database.EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(GrainStateTable.Read, stateName, grainId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            // No record: the runtime keeps the fresh default state it created.
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        var etag = reader.GetInt64(0);
        var payload = await reader.GetFieldValueAsync<byte[]>(1, cancellationToken).ConfigureAwait(false);
        grainState.State = _serializer.Deserialize<T>(new BinaryData(payload));
        grainState.ETag = FormatETag(etag);
        grainState.RecordExists = true;
    }

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        await _database.EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var expected = ParseETag(grainState.ETag, stateName, grainId);
        var payload = _serializer.Serialize(grainState.State).ToArray();

        await using var command = Command(expected is null ? GrainStateTable.Insert : GrainStateTable.Update, stateName, grainId);
        command.Parameters.Add(new NpgsqlParameter<byte[]>("payload", NpgsqlDbType.Bytea) { TypedValue = payload });
        if (expected is { } version)
        {
            command.Parameters.Add(new NpgsqlParameter<long>("expected", NpgsqlDbType.Bigint) { TypedValue = version });
        }

        var written = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (written is not long etag)
        {
            throw await ConflictAsync("write", stateName, grainId, grainState.ETag, cancellationToken).ConfigureAwait(false);
        }

        grainState.ETag = FormatETag(etag);
        grainState.RecordExists = true;
    }

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        await _database.EnsureTableAsync(cancellationToken).ConfigureAwait(false);
        var expected = ParseETag(grainState.ETag, stateName, grainId);
        if (expected is { } version)
        {
            await using var command = Command(GrainStateTable.Delete, stateName, grainId);
            command.Parameters.Add(new NpgsqlParameter<long>("expected", NpgsqlDbType.Bigint) { TypedValue = version });
            if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                throw await ConflictAsync("clear", stateName, grainId, grainState.ETag, cancellationToken).ConfigureAwait(false);
            }
        }
        else if (await CurrentETagAsync(stateName, grainId, cancellationToken).ConfigureAwait(false) is not null)
        {
            // The grain believed it had no record, yet someone wrote one: clearing it would lose their write.
            throw await ConflictAsync("clear", stateName, grainId, grainState.ETag, cancellationToken).ConfigureAwait(false);
        }

        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    public void Participate(ISiloLifecycle observer) =>
        observer.Subscribe(
            $"{nameof(PostgresGrainStorage)}-{_name}",
            ServiceLifecycleStage.ApplicationServices,
            cancellationToken => _database.EnsureTableAsync(cancellationToken));

    private NpgsqlCommand Command(string sql, string stateName, GrainId grainId)
    {
        var command = _database.DataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string>("service", NpgsqlDbType.Text) { TypedValue = _serviceId });
        command.Parameters.Add(new NpgsqlParameter<string>("grain", NpgsqlDbType.Text) { TypedValue = grainId.ToString() });
        command.Parameters.Add(new NpgsqlParameter<string>("state", NpgsqlDbType.Text) { TypedValue = stateName });
        return command;
    }

    private async Task<string?> CurrentETagAsync(string stateName, GrainId grainId, CancellationToken cancellationToken)
    {
        await using var command = Command(GrainStateTable.ReadETag, stateName, grainId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long etag ? FormatETag(etag) : null;
    }

    private async Task<InconsistentStateException> ConflictAsync(
        string operation, string stateName, GrainId grainId, string? expected, CancellationToken cancellationToken)
    {
        var current = await CurrentETagAsync(stateName, grainId, cancellationToken).ConfigureAwait(false);
        return new InconsistentStateException(
            $"PostgreSQL storage '{_name}': {operation} of state '{stateName}' for grain {grainId} expected etag " +
            $"'{expected ?? "none"}' but the stored etag is '{current ?? "none"}'.",
            current ?? "none",
            expected ?? "none");
    }

    private static string FormatETag(long etag) => etag.ToString(CultureInfo.InvariantCulture);

    private long? ParseETag(string? etag, string stateName, GrainId grainId)
    {
        if (etag is null)
        {
            return null;
        }

        return long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new InconsistentStateException(
                $"PostgreSQL storage '{_name}': state '{stateName}' for grain {grainId} carries etag '{etag}', which this storage never issued.",
                "unknown",
                etag);
    }
}
