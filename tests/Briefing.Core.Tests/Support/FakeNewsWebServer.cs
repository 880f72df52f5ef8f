using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.Core.Tests.Support;

/// <summary>
/// A real HTTP server (Kestrel) on 127.0.0.1 with a free port serving news pages, feeds and hostile answers.
/// Routes are added per test; every request is recorded so tests can assert what was (not) fetched.
/// </summary>
internal sealed class FakeNewsWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeNewsWebServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    public static async Task<FakeNewsWebServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeNewsWebServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    public Uri Url(string path) => new(BaseUrl, path.TrimStart('/'));

    public void Map(string path, RequestDelegate handler) => _routes["/" + path.TrimStart('/')] = handler;

    /// <summary>Serves fixed content; with an ETag it honours If-None-Match (and If-Modified-Since) with 304.</summary>
    public void MapContent(string path, string contentType, string body, string? etag = null, DateTimeOffset? lastModified = null) =>
        Map(path, async context =>
        {
            if (etag is not null) context.Response.Headers.ETag = etag;
            if (lastModified is { } modified) context.Response.Headers.LastModified = modified.ToString("R");
            var ifNoneMatch = context.Request.Headers.IfNoneMatch.ToString();
            var ifModifiedSince = context.Request.Headers.IfModifiedSince.ToString();
            if ((etag is not null && ifNoneMatch == etag)
                || (etag is null && lastModified is not null && DateTimeOffset.TryParse(ifModifiedSince, out var since) && since >= lastModified.Value.AddSeconds(-1)))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body);
        });

    /// <summary>Serves raw bytes, e.g. a page in a legacy encoding or a gzip-encoded body.</summary>
    public void MapBytes(string path, string contentType, byte[] body, string? contentEncoding = null) =>
        Map(path, async context =>
        {
            context.Response.ContentType = contentType;
            if (contentEncoding is not null) context.Response.Headers.ContentEncoding = contentEncoding;
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        });

    public void MapRedirect(string path, string location, int status = StatusCodes.Status302Found) =>
        Map(path, context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        });

    public int CountRequests(string path) => Requests.Count(r => r.Path == "/" + path.TrimStart('/'));

    private Task HandleAsync(HttpContext context)
    {
        _requests.Enqueue(new RecordedRequest(
            context.Request.Path.Value ?? "/",
            context.Request.Headers.IfNoneMatch.ToString(),
            context.Request.Headers.IfModifiedSince.ToString()));
        if (_routes.TryGetValue(context.Request.Path.Value ?? "/", out var handler)) return handler(context);
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal sealed record RecordedRequest(string Path, string IfNoneMatch, string IfModifiedSince);
}
