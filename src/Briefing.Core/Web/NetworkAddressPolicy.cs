using System.Net;
using System.Net.Sockets;

namespace Briefing.Core.Web;

/// <summary>
/// Decides whether an IP address is on the public internet. Loopback, private (RFC 1918, ULA), carrier-grade NAT,
/// link-local (which holds the 169.254.169.254 cloud metadata service), multicast and reserved ranges are not.
/// </summary>
public static class NetworkAddressPolicy
{
    private static readonly (uint Network, int Bits)[] ForbiddenV4 =
    [
        (0x00000000, 8),   // 0.0.0.0/8 "this network"
        (0x0A000000, 8),   // 10.0.0.0/8
        (0x64400000, 10),  // 100.64.0.0/10 carrier-grade NAT (also Alibaba's metadata 100.100.100.200)
        (0x7F000000, 8),   // 127.0.0.0/8 loopback
        (0xA9FE0000, 16),  // 169.254.0.0/16 link-local, cloud metadata
        (0xAC100000, 12),  // 172.16.0.0/12
        (0xC0000000, 24),  // 192.0.0.0/24 IETF protocol assignments
        (0xC0000200, 24),  // 192.0.2.0/24 documentation
        (0xC0A80000, 16),  // 192.168.0.0/16
        (0xC6120000, 15),  // 198.18.0.0/15 benchmarking
        (0xC6336400, 24),  // 198.51.100.0/24 documentation
        (0xCB007100, 24),  // 203.0.113.0/24 documentation
        (0xE0000000, 4),   // 224.0.0.0/4 multicast
        (0xF0000000, 4),   // 240.0.0.0/4 reserved, broadcast
    ];

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsPublicV4(address),
            AddressFamily.InterNetworkV6 => IsPublicV6(address),
            _ => false,
        };
    }

    private static bool IsPublicV4(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        var value = (uint)(bytes[0] << 24 | bytes[1] << 16 | bytes[2] << 8 | bytes[3]);
        foreach (var (network, bits) in ForbiddenV4)
        {
            var mask = uint.MaxValue << (32 - bits);
            if ((value & mask) == network) return false;
        }
        return true;
    }

    private static bool IsPublicV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.IPv6Loopback)) return false;
        if (address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal) return false;
        var bytes = address.GetAddressBytes();
        // 64:ff9b::/96 (NAT64) and 2002::/16 (6to4) embed an IPv4 address that decides.
        if (bytes[0] == 0x00 && bytes[1] == 0x64 && bytes[2] == 0xFF && bytes[3] == 0x9B && bytes[4..12].All(b => b == 0))
            return IsPublicV4(new IPAddress(bytes[12..16]));
        if (bytes[0] == 0x20 && bytes[1] == 0x02)
            return IsPublicV4(new IPAddress(bytes[2..6]));
        // 2001:db8::/32 documentation; ::/96 IPv4-compatible (deprecated) addresses.
        if (bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0D && bytes[3] == 0xB8) return false;
        if (bytes[..12].All(b => b == 0)) return false;
        return true;
    }
}
