using Briefing.Core.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Briefing.Core.Tests.Web;

/// <summary>Answers a hostile or broken server gives: endless, huge, slow, mislabelled.</summary>
internal static class HostileServerRoutes
{
    public const long FiftyMegabytes = 50L * 1024 * 1024;

    /// <summary>A 50 MB body, announced in Content-Length or streamed chunked without one.</summary>
    public static void MapHuge(this FakeNewsWebServer server, string path, bool announceLength) =>
        server.Map(path, async context =>
        {
            context.Response.ContentType = "text/html";
            if (announceLength) context.Response.ContentLength = FiftyMegabytes;
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'a');
            await IgnoringDisconnect(async () =>
            {
                for (long sent = 0; sent < FiftyMegabytes; sent += chunk.Length)
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            });
        });

    /// <summary>A page that never ends: a little more text every 50 ms until the client gives up.</summary>
    public static void MapEndless(this FakeNewsWebServer server, string path) =>
        server.Map(path, async context =>
        {
            context.Response.ContentType = "text/html";
            await IgnoringDisconnect(async () =>
            {
                await context.Response.WriteAsync("<html><body><article>", context.RequestAborted);
                while (!context.RequestAborted.IsCancellationRequested)
                {
                    await context.Response.WriteAsync("<p>Still going.</p>", context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                    await Task.Delay(50, context.RequestAborted);
                }
            });
        });

    /// <summary>Never sends even the headers.</summary>
    public static void MapSilent(this FakeNewsWebServer server, string path) =>
        server.Map(path, context => IgnoringDisconnect(() => Task.Delay(Timeout.Infinite, context.RequestAborted)));

    private static async Task IgnoringDisconnect(Func<Task> send)
    {
        try
        {
            await send();
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The client hung up, which is what these routes are there to provoke.
        }
    }
}
