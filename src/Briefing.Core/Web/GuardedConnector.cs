using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace Briefing.Core.Web;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/> of the web client: resolves the host itself and connects
/// only to addresses <see cref="NetworkAddressPolicy"/> allows. Checking the address actually connected to (not a
/// name checked earlier) closes DNS-rebinding tricks, and every redirect hop to a new host passes through here.
/// </summary>
public sealed class GuardedConnector(bool allowPrivateNetworks)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endPoint = context.DnsEndPoint;
        var addresses = IPAddress.TryParse(endPoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0) throw new IOException($"{endPoint.Host} does not resolve to any address.");
        if (!allowPrivateNetworks)
        {
            var blocked = addresses.FirstOrDefault(a => !NetworkAddressPolicy.IsPublic(a));
            // One forbidden answer is enough to refuse: a name that mixes public and private answers is suspect.
            if (blocked is not null) throw new BlockedAddressException(endPoint.Host, blocked.ToString());
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
