using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Reputation.Grains.Hosting;

namespace Reputation.Grains.Tests;

public sealed class SiloMemoryGrainStorageTests
{
    private static readonly GrainId Acme = GrainId.Create("brand", "acme");

    private readonly SiloMemoryGrainStorage storage = new(new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>());

    [Fact]
    public async Task A_written_state_reads_back_with_its_version_in_any_size_order()
    {
        var written = State(("a", 1));
        await storage.WriteStateAsync("brands", Acme, written);
        // Larger (the key's array grows), then smaller (the array is reused, only the written length counts).
        written.State = Enumerable.Range(0, 500).ToDictionary(i => $"term-{i}", i => i);
        await storage.WriteStateAsync("brands", Acme, written);
        written.State = new Dictionary<string, int> { ["b"] = 2 };
        await storage.WriteStateAsync("brands", Acme, written);

        var read = new GrainState<Dictionary<string, int>>();
        await storage.ReadStateAsync("brands", Acme, read);

        Assert.True(read.RecordExists);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal(new Dictionary<string, int> { ["b"] = 2 }, read.State);
    }

    [Fact]
    public async Task A_writer_holding_an_old_version_is_refused_and_the_stored_state_kept()
    {
        var first = State(("a", 1));
        await storage.WriteStateAsync("brands", Acme, first);
        var stale = State(("stale", 0), first.ETag);
        await storage.WriteStateAsync("brands", Acme, State(("b", 2), first.ETag));

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("brands", Acme, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("brands", Acme, State(("new", 0))));

        var read = new GrainState<Dictionary<string, int>>();
        await storage.ReadStateAsync("brands", Acme, read);
        Assert.Equal(new Dictionary<string, int> { ["b"] = 2 }, read.State);
    }

    [Fact]
    public async Task Cleared_or_never_written_states_do_not_exist_and_states_are_kept_per_name_and_grain()
    {
        var written = State(("a", 1));
        await storage.WriteStateAsync("brands", Acme, written);
        await storage.WriteStateAsync("alerts", Acme, State(("alerts", 3)));
        await storage.ClearStateAsync("brands", Acme, written);

        var cleared = new GrainState<Dictionary<string, int>>();
        await storage.ReadStateAsync("brands", Acme, cleared);
        var other = new GrainState<Dictionary<string, int>>();
        await storage.ReadStateAsync("brands", GrainId.Create("brand", "globex"), other);
        var alerts = new GrainState<Dictionary<string, int>>();
        await storage.ReadStateAsync("alerts", Acme, alerts);

        Assert.Equal((false, null), (cleared.RecordExists, cleared.ETag));
        Assert.Equal((false, null), (other.RecordExists, other.ETag));
        Assert.Equal(new Dictionary<string, int> { ["alerts"] = 3 }, alerts.State);
        // After a clear, a new record starts from no version.
        await storage.WriteStateAsync("brands", Acme, State(("again", 1)));
    }

    private static GrainState<Dictionary<string, int>> State((string Key, int Value) entry, string? etag = null) =>
        new(new Dictionary<string, int> { [entry.Key] = entry.Value }, etag);
}
