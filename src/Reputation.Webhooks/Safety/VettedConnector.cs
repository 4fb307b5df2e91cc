using System.Net;
using System.Net.Sockets;

namespace Reputation.Webhooks.Safety;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/> of the webhook client: resolves the host itself, refuses the
/// connection if any address is forbidden, then connects to an address it vetted. Because the socket goes to the
/// vetted address and not to a second lookup, DNS rebinding between check and connect cannot slip through.
/// </summary>
public sealed class VettedConnector(IWebhookHostResolver resolver, bool allowLoopback)
{
    public async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endPoint);
        var addresses = await ResolveAsync(endPoint.Host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
            throw new HttpRequestException($"{endPoint.Host} did not resolve to any address");

        // Refuse if any answer is forbidden: a name that mixes public and private answers is not trusted.
        foreach (var address in addresses)
        {
            var refusal = AddressPolicy.Refusal(address, allowLoopback);
            if (refusal is not null) throw new WebhookTargetRefusedException(refusal);
        }

        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endPoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }

    private async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        var literal = host.StartsWith('[') && host.EndsWith(']') ? host[1..^1] : host;
        if (IPAddress.TryParse(literal, out var address)) return [address];
        return await resolver.ResolveAsync(host, cancellationToken).ConfigureAwait(false);
    }
}
