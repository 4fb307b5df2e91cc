using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Reputation.Detection.Tests;

/// <summary>Round-trips values through the Orleans serializer the grain's storage uses.</summary>
internal static class OrleansCopy
{
    private static readonly Serializer Serializer = new ServiceCollection()
        .AddSerializer()
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    public static byte[] Bytes<T>(T value) => Serializer.SerializeToArray(value);

    public static T RoundTrip<T>(T value) =>
        Serializer.Deserialize<T>(Bytes(value)) is T copy ? copy : throw new InvalidOperationException("The serializer returned null.");
}
