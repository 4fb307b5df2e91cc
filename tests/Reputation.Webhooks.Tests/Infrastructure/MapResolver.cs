using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Reputation.Webhooks.Safety;

namespace Reputation.Webhooks.Tests.Infrastructure;

/// <summary>A resolver answering from a table, so a test name can resolve to a private or metadata address.</summary>
public sealed class MapResolver : IWebhookHostResolver
{
    public ConcurrentDictionary<string, IPAddress[]> Names { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Names.TryGetValue(host, out var addresses)
            ? Task.FromResult(addresses)
            : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));
}
