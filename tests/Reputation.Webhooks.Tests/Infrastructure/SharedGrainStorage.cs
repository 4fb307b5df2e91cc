using System.Collections.Concurrent;
using Orleans.Serialization;
using Orleans.Storage;

namespace Reputation.Webhooks.Tests.Infrastructure;

/// <summary>
/// Stands in for an external database: lives in the test, outside every silo, so it survives silo restarts
/// (Orleans' memory storage keeps its data in grains, which die with their silo). States are stored as
/// serialized bytes so no object is shared between activations.
/// </summary>
public sealed class SharedStore
{
    internal ConcurrentDictionary<string, (byte[] Bytes, string ETag)> Records { get; } = new();
}

public sealed class SharedGrainStorage(SharedStore store, Serializer serializer) : IGrainStorage
{
    private readonly Lock _gate = new();

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (store.Records.TryGetValue(Key(stateName, grainId), out var record))
        {
            grainState.State = serializer.Deserialize<T>(record.Bytes);
            grainState.ETag = record.ETag;
            grainState.RecordExists = true;
        }
        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        lock (_gate)
        {
            var key = Key(stateName, grainId);
            var current = store.Records.TryGetValue(key, out var record) ? record.ETag : null;
            if (current != grainState.ETag) throw new InconsistentStateException($"ETag mismatch on {key}", current, grainState.ETag);
            var etag = Guid.NewGuid().ToString("N");
            store.Records[key] = (serializer.SerializeToArray(grainState.State), etag);
            grainState.ETag = etag;
            grainState.RecordExists = true;
        }
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        lock (_gate)
        {
            store.Records.TryRemove(Key(stateName, grainId), out _);
            grainState.ETag = null;
            grainState.RecordExists = false;
        }
        return Task.CompletedTask;
    }

    private static string Key(string stateName, GrainId grainId) => $"{stateName}/{grainId}";
}
