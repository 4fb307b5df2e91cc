namespace Reputation.Storage.Postgres;

/// <summary>The SQL for the one table that holds every grain state; etags are row versions counted from 1.</summary>
internal static class GrainStateTable
{
    public const string Name = "reputation_grain_state";

    public const string Create = $"""
        CREATE TABLE IF NOT EXISTS {Name} (
            service_id text NOT NULL,
            grain_id text NOT NULL,
            state_name text NOT NULL,
            etag bigint NOT NULL,
            payload bytea NOT NULL,
            updated_at timestamptz NOT NULL,
            PRIMARY KEY (service_id, grain_id, state_name))
        """;

    public const string Read = $"SELECT etag, payload FROM {Name} WHERE service_id = @service AND grain_id = @grain AND state_name = @state";

    public const string ReadETag = $"SELECT etag FROM {Name} WHERE service_id = @service AND grain_id = @grain AND state_name = @state";

    // A grain without a record inserts version 1; a row someone else inserted meanwhile makes this a no-op.
    public const string Insert = $"""
        INSERT INTO {Name} (service_id, grain_id, state_name, etag, payload, updated_at)
        VALUES (@service, @grain, @state, 1, @payload, now())
        ON CONFLICT (service_id, grain_id, state_name) DO NOTHING
        RETURNING etag
        """;

    public const string Update = $"""
        UPDATE {Name} SET etag = etag + 1, payload = @payload, updated_at = now()
        WHERE service_id = @service AND grain_id = @grain AND state_name = @state AND etag = @expected
        RETURNING etag
        """;

    public const string Delete = $"DELETE FROM {Name} WHERE service_id = @service AND grain_id = @grain AND state_name = @state AND etag = @expected";
}
