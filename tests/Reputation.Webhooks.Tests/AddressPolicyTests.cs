using System.Net;
using Reputation.Webhooks.Safety;

namespace Reputation.Webhooks.Tests;

public sealed class AddressPolicyTests
{
    [Theory]
    [InlineData("10.0.0.5", "refused: 10.0.0.5 is a private address")]
    [InlineData("172.16.0.1", "refused: 172.16.0.1 is a private address")]
    [InlineData("172.31.255.255", "refused: 172.31.255.255 is a private address")]
    [InlineData("192.168.1.1", "refused: 192.168.1.1 is a private address")]
    [InlineData("127.0.0.1", "refused: 127.0.0.1 is a loopback address")]
    [InlineData("169.254.169.254", "refused: 169.254.169.254 is the cloud metadata address")]
    [InlineData("169.254.10.1", "refused: 169.254.10.1 is a link-local address")]
    [InlineData("100.64.0.1", "refused: 100.64.0.1 is a carrier-grade NAT address")]
    [InlineData("100.127.255.254", "refused: 100.127.255.254 is a carrier-grade NAT address")]
    [InlineData("0.0.0.0", "refused: 0.0.0.0 is an unspecified address")]
    [InlineData("224.0.0.1", "refused: 224.0.0.1 is a multicast address")]
    [InlineData("255.255.255.255", "refused: 255.255.255.255 is a reserved or broadcast address")]
    [InlineData("::1", "refused: ::1 is a loopback address")]
    [InlineData("::", "refused: :: is an unspecified address")]
    [InlineData("fd12:3456::1", "refused: fd12:3456::1 is a private address")]
    [InlineData("fe80::1", "refused: fe80::1 is a link-local address")]
    [InlineData("fd00:ec2::254", "refused: fd00:ec2::254 is the cloud metadata address")]
    [InlineData("ff02::1", "refused: ff02::1 is a multicast address")]
    [InlineData("::ffff:10.0.0.5", "refused: ::ffff:10.0.0.5 is a private address")]
    [InlineData("::ffff:169.254.169.254", "refused: ::ffff:169.254.169.254 is the cloud metadata address")]
    [InlineData("64:ff9b::a00:5", "refused: 64:ff9b::a00:5 is a private address")]
    public void Forbidden_addresses_are_refused_with_their_kind(string address, string reason) =>
        Assert.Equal(reason, AddressPolicy.Refusal(IPAddress.Parse(address), allowLoopback: false));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946")]
    [InlineData("::ffff:93.184.216.34")]
    public void Public_addresses_are_allowed(string address) =>
        Assert.Null(AddressPolicy.Refusal(IPAddress.Parse(address), allowLoopback: false));

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void Loopback_is_allowed_only_when_configured(string address)
    {
        Assert.Null(AddressPolicy.Refusal(IPAddress.Parse(address), allowLoopback: true));
        Assert.NotNull(AddressPolicy.Refusal(IPAddress.Parse(address), allowLoopback: false));
    }

    [Fact]
    public void Allowing_loopback_does_not_open_private_ranges() =>
        Assert.Equal("refused: 10.1.2.3 is a private address", AddressPolicy.Refusal(IPAddress.Parse("10.1.2.3"), allowLoopback: true));
}
