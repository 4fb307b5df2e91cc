using Orleans.Runtime;
using Orleans.Storage;
using Orleans.TestingHost;

namespace Reputation.Storage.Postgres.Tests;

/// <summary>The storage through a real silo and directly, on a database of its own.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresGrainStorageTests(PostgresServer server) : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);
    private string _connectionString = "";
    private InProcessTestCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        _connectionString = await server.CreateDatabaseAsync();
        _cluster = await PostgresSilo.StartAsync(_connectionString, "storage-tests");
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task A_generated_serializer_state_round_trips_across_a_deactivation()
    {
        var notebook = _cluster.Client.GetGrain<INotebookGrain>("round-trip");
        await notebook.Add("first", 0.25, T0);
        await notebook.Add("second", -1.5, T0.AddMinutes(3));

        await _cluster.DeactivateAsync(notebook);
        await _cluster.WaitForDeactivationAsync(notebook);

        var state = await notebook.Read();
        Assert.True(await notebook.RecordExists());
        Assert.Equal(2, state.Writes);
        Assert.Equal(["first", "second"], state.Notes);
        Assert.Equal(-1.5, state.Scores["second"]);
        Assert.Equal(T0.AddMinutes(3), state.LastNoteAt);
        var row = Assert.Single(await GrainStateRows.ForGrainAsync(_connectionString, "round-trip"));
        Assert.Equal(("storage-tests", "notebook", 2L), (row.ServiceId, row.StateName, row.ETag));
    }

    [Fact]
    public async Task A_grain_without_a_record_reads_the_default_state()
    {
        var notebook = _cluster.Client.GetGrain<INotebookGrain>("never-written");

        Assert.False(await notebook.RecordExists());
        Assert.Equal(0, (await notebook.Read()).Writes);
        Assert.Empty(await GrainStateRows.ForGrainAsync(_connectionString, "never-written"));
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_rejected_with_both_etags()
    {
        var storage = _cluster.Storage(PostgresSilo.TestStorage);
        var grainId = GrainId.Create("notebook", "stale-write");
        var first = new GrainState<NotebookState>(new NotebookState());
        var second = new GrainState<NotebookState>(new NotebookState());
        await storage.WriteStateAsync("notebook", grainId, first);
        await storage.ReadStateAsync("notebook", grainId, first);
        await storage.ReadStateAsync("notebook", grainId, second);
        Assert.Equal(first.ETag, second.ETag);

        first.State!.Writes = 10;
        await storage.WriteStateAsync("notebook", grainId, first);
        second.State!.Writes = 20;
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("notebook", grainId, second));

        Assert.Equal(first.ETag, conflict.StoredEtag);
        Assert.Equal(second.ETag, conflict.CurrentEtag);
        Assert.NotEqual(conflict.StoredEtag, conflict.CurrentEtag);
        var reread = new GrainState<NotebookState>(new NotebookState());
        await storage.ReadStateAsync("notebook", grainId, reread);
        Assert.Equal(10, reread.State!.Writes);
        Assert.Equal(first.ETag, reread.ETag);
    }

    [Fact]
    public async Task Two_first_writes_of_the_same_grain_let_only_one_win()
    {
        var storage = _cluster.Storage(PostgresSilo.TestStorage);
        var grainId = GrainId.Create("notebook", "first-write-race");
        var winner = new GrainState<NotebookState>(new NotebookState { Writes = 1 });
        var loser = new GrainState<NotebookState>(new NotebookState { Writes = 2 });

        await storage.WriteStateAsync("notebook", grainId, winner);
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("notebook", grainId, loser));

        Assert.Equal("1", conflict.StoredEtag);
        Assert.Equal("none", conflict.CurrentEtag);
        Assert.False(loser.RecordExists);
    }

    [Fact]
    public async Task Clear_deletes_the_row_and_the_grain_starts_over()
    {
        var notebook = _cluster.Client.GetGrain<INotebookGrain>("cleared");
        await notebook.Add("to forget", 1, T0);

        await notebook.Clear();

        Assert.False(await notebook.RecordExists());
        Assert.Empty(await GrainStateRows.ForGrainAsync(_connectionString, "cleared"));
        await _cluster.DeactivateAsync(notebook);
        await _cluster.WaitForDeactivationAsync(notebook);
        Assert.Empty((await notebook.Read()).Notes);
        // A cleared grain writes again as a new record.
        await notebook.Add("fresh", 2, T0);
        Assert.Equal(1L, Assert.Single(await GrainStateRows.ForGrainAsync(_connectionString, "cleared")).ETag);
    }

    [Fact]
    public async Task Clear_with_a_stale_etag_is_rejected_and_keeps_the_newer_write()
    {
        var storage = _cluster.Storage(PostgresSilo.TestStorage);
        var grainId = GrainId.Create("notebook", "stale-clear");
        var writer = new GrainState<NotebookState>(new NotebookState());
        await storage.WriteStateAsync("notebook", grainId, writer);
        var stale = new GrainState<NotebookState>(new NotebookState());
        await storage.ReadStateAsync("notebook", grainId, stale);
        await storage.WriteStateAsync("notebook", grainId, writer);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("notebook", grainId, stale));
        var unaware = new GrainState<NotebookState>(new NotebookState());
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("notebook", grainId, unaware));

        Assert.Equal(2L, Assert.Single(await GrainStateRows.ForGrainAsync(_connectionString, "stale-clear")).ETag);
    }

    [Fact]
    public async Task An_etag_this_storage_never_issued_is_rejected()
    {
        var storage = _cluster.Storage(PostgresSilo.TestStorage);
        var foreign = new GrainState<NotebookState>(new NotebookState(), "W/\"0x8D\"");

        var error = await Assert.ThrowsAsync<InconsistentStateException>(
            () => storage.WriteStateAsync("notebook", GrainId.Create("notebook", "foreign-etag"), foreign));

        Assert.Contains("never issued", error.Message);
    }
}
