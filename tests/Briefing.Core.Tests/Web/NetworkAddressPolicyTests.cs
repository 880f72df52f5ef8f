using System.Net;
using Briefing.Core.Web;

namespace Briefing.Core.Tests.Web;

public sealed class NetworkAddressPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.1.2.3")]
    [InlineData("10.0.0.8")]
    [InlineData("172.16.5.4")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")] // cloud metadata
    [InlineData("100.100.100.200")] // Alibaba metadata, carrier-grade NAT range
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd00:ec2::254")] // AWS metadata over IPv6 (unique local)
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.1.1.1")]
    [InlineData("64:ff9b::a9fe:a9fe")] // NAT64 of 169.254.169.254
    [InlineData("2002:7f00:1::")] // 6to4 of 127.0.0.1
    public void Internal_addresses_are_not_public(string address)
    {
        Assert.False(NetworkAddressPolicy.IsPublic(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.4.4")]
    public void Internet_addresses_are_public(string address)
    {
        Assert.True(NetworkAddressPolicy.IsPublic(IPAddress.Parse(address)));
    }
}
