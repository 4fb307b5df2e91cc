using Orleans.Serialization;
using Orleans.Storage;

namespace Reputation.Grains.Hosting;

/// <summary>
/// Grain state in Orleans' binary format, written through a pooled buffer into an array of the exact size. Orleans'
/// own storage serializer grows a fresh buffer by doubling for every write, and the discarded buffers were the
/// largest source of garbage at full load (a brand writes its whole state every few seconds).
/// </summary>
public sealed class ExactSizeGrainStorageSerializer(Serializer serializer) : IGrainStorageSerializer
{
    public BinaryData Serialize<T>(T? input) => new(serializer.SerializeToArray(input));

    public T? Deserialize<T>(BinaryData input) => serializer.Deserialize<T>(input.ToMemory());
}
