using System.Net;
using System.Net.Sockets;

namespace Briefing.Core.Tests.Support;

/// <summary>Starts an <see cref="HttpListener"/> on a free 127.0.0.1 port for the test servers.</summary>
public static class LoopbackHttpListener
{
    public static (HttpListener Listener, int Port) Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, port);
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                // The port was taken between probe and start: try another. Closing the failed listener removes its
                // prefix, which on Linux throws the same "Address already in use" again; that one is no news either.
                Close(listener);
            }
        }
    }

    /// <summary>
    /// Stops and closes a test server's listener. On Linux the managed listener removes its prefix again on Close, looking its
    /// port up afresh; when another test has meanwhile bound that port (ports are reused quickly), the look-up throws
    /// "Address already in use" — about a port this listener no longer holds, so it is no failure of the test being torn down.
    /// </summary>
    public static void Close(HttpListener listener)
    {
        try { listener.Stop(); }
        catch (ObjectDisposedException) { }
        catch (HttpListenerException) { }
        try { listener.Close(); }
        catch (HttpListenerException) { }
    }
}
