using System.Net;
using System.Net.Sockets;

namespace Reputation.Webhooks.Safety;

/// <summary>
/// Which IP addresses a webhook may connect to: public unicast only, so a subscriber URL cannot reach the
/// service's own network, the cloud metadata endpoint or the host itself (SSRF).
/// </summary>
public static class AddressPolicy
{
    /// <summary>The refusal reason ("refused: 10.0.0.5 is a private address"), or null when the address is allowed.</summary>
    public static string? Refusal(IPAddress address, bool allowLoopback) =>
        ForbiddenKind(address, allowLoopback) is { } kind ? $"refused: {address} is {kind}" : null;

    /// <summary>What kind of forbidden address this is ("a private address"), or null when it is allowed.</summary>
    public static string? ForbiddenKind(IPAddress address, bool allowLoopback)
    {
        ArgumentNullException.ThrowIfNull(address);
        var kind = Classify(address);
        return kind == Loopback && allowLoopback ? null : kind;
    }

    private const string Loopback = "a loopback address";

    private static string? Classify(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            // An IPv4 address wrapped in IPv6 reaches the same host: judge the IPv4 inside.
            if (address.IsIPv4MappedToIPv6) return Classify(address.MapToIPv4());
            if (IsNat64(address, out var embedded)) return Classify(embedded);
            return ClassifyV6(address.GetAddressBytes());
        }
        return address.AddressFamily == AddressFamily.InterNetwork ? ClassifyV4(address.GetAddressBytes()) : "not an IP address";
    }

    private static string? ClassifyV4(byte[] b)
    {
        if (b is [169, 254, 169, 254]) return "the cloud metadata address";
        if (b[0] == 0) return "an unspecified address";
        if (b[0] == 127) return Loopback;
        if (b[0] == 10 || (b[0] == 172 && (b[1] & 0xF0) == 16) || (b[0] == 192 && b[1] == 168)) return "a private address";
        if (b[0] == 169 && b[1] == 254) return "a link-local address";
        if (b[0] == 100 && (b[1] & 0xC0) == 64) return "a carrier-grade NAT address";
        if (b[0] is >= 224 and <= 239) return "a multicast address";
        if (b[0] >= 240) return "a reserved or broadcast address";
        if (b[0] == 192 && b[1] == 0 && b[2] == 0) return "an IETF protocol address";
        if (b[0] == 198 && (b[1] & 0xFE) == 18) return "a benchmarking address";
        return null;
    }

    private static readonly byte[] Ec2MetadataV6 = IPAddress.Parse("fd00:ec2::254").GetAddressBytes();

    private static string? ClassifyV6(byte[] b)
    {
        if (b.AsSpan().SequenceEqual(Ec2MetadataV6)) return "the cloud metadata address";
        if (b.AsSpan().SequenceEqual(IPAddress.IPv6Any.GetAddressBytes())) return "an unspecified address";
        if (b.AsSpan().SequenceEqual(IPAddress.IPv6Loopback.GetAddressBytes())) return Loopback;
        if ((b[0] & 0xFE) == 0xFC) return "a private address";
        if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80) return "a link-local address";
        if (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0) return "a site-local address";
        if (b[0] == 0xFF) return "a multicast address";
        // Deprecated IPv4-compatible form ::a.b.c.d (first 96 bits zero).
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0) return ClassifyV4(b[12..]) ?? "an IPv4-compatible address";
        return null;
    }

    // 64:ff9b::/96 translates to the IPv4 address in its last 32 bits.
    private static bool IsNat64(IPAddress address, out IPAddress embedded)
    {
        var b = address.GetAddressBytes();
        var isNat64 = b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0;
        embedded = isNat64 ? new IPAddress(b[12..]) : IPAddress.None;
        return isNat64;
    }
}
