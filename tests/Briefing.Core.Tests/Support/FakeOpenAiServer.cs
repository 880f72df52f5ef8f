using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Briefing.Core.Tests.Support;

/// <summary>
/// A real OpenAI-compatible HTTP server on 127.0.0.1 (POST /v1/chat/completions) that plays scripted replies in
/// order, streaming (SSE) when the request asks for it. Without a scripted reply it asks <see cref="Responder"/>,
/// else answers 500. <c>GET /v1/models</c> (a readiness probe) lists one model and consumes no scripted reply.
/// </summary>
public sealed class FakeOpenAiServer : IDisposable
{
    private readonly HttpListener listener;
    private readonly ConcurrentQueue<FakeOpenAiServerReply> replies = new();
    private readonly List<FakeOpenAiServerRequest> requests = [];
    private readonly CancellationTokenSource stopping = new();
    private readonly TimeProvider clock;

    private FakeOpenAiServer(HttpListener listener, int port, TimeProvider clock)
    {
        this.listener = listener;
        this.clock = clock;
        Port = port;
        _ = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    /// <summary>Picks the reply from the request when no scripted reply is queued (e.g. by a marker in the prompt).</summary>
    public Func<FakeOpenAiServerRequest, FakeOpenAiServerReply>? Responder { get; set; }

    /// <summary>How many <c>GET /models</c> probes arrived.</summary>
    public int ModelListRequests => modelListRequests;

    private int modelListRequests;

    /// <summary>The base URL an OpenAI client is pointed at.</summary>
    public string V1Url => $"http://127.0.0.1:{Port}/v1";

    public string RootUrl => $"http://127.0.0.1:{Port}";

    /// <param name="clock">Stamps each request's arrival (a FakeTimeProvider in retry tests).</param>
    public static FakeOpenAiServer Start(TimeProvider? clock = null)
    {
        var (listener, port) = LoopbackHttpListener.Start();
        return new FakeOpenAiServer(listener, port, clock ?? TimeProvider.System);
    }

    public void Enqueue(params FakeOpenAiServerReply[] scripted)
    {
        foreach (var reply in scripted) replies.Enqueue(reply);
    }

    public IReadOnlyList<FakeOpenAiServerRequest> Requests
    {
        get { lock (requests) return requests.ToList(); }
    }

    /// <summary>Waits (bounded) until at least <paramref name="count"/> requests arrived.</summary>
    public async Task WaitForRequestsAsync(int count, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(20));
        while (Requests.Count < count)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Expected {count} requests, got {Requests.Count}.");
            await Task.Delay(10);
        }
    }

    private async Task AcceptLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (stopping.IsCancellationRequested || !listener.IsListening)
            {
                return;
            }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        try
        {
            if (context.Request.HttpMethod == "GET" && context.Request.Url!.AbsolutePath.EndsWith("/models", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref modelListRequests);
                await FakeOpenAiServerPayloads.WriteAsync(context.Response, "application/json", FakeOpenAiServerPayloads.ModelList);
                return;
            }
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var request = new FakeOpenAiServerRequest(context.Request.Url!.AbsolutePath, body, context.Request.Headers["Authorization"], clock.GetUtcNow());
            lock (requests) requests.Add(request);
            var reply = replies.TryDequeue(out var next) ? next : Responder?.Invoke(request) ?? FakeOpenAiServerReply.Error(500);
            await RespondAsync(context.Response, request, reply);
        }
        catch (Exception) when (stopping.IsCancellationRequested)
        {
        }
        catch (HttpListenerException)
        {
            // The client gave up (timeout) while we were answering.
        }
        catch (IOException)
        {
        }
        finally
        {
            try { context.Response.Close(); } catch (Exception) { /* already torn down */ }
        }
    }

    private async Task RespondAsync(HttpListenerResponse response, FakeOpenAiServerRequest request, FakeOpenAiServerReply reply)
    {
        if (reply.Hang)
        {
            await Task.Delay(Timeout.Infinite, stopping.Token);
            return;
        }
        response.StatusCode = reply.Status;
        if (reply.EchoAuthorization)
        {
            await FakeOpenAiServerPayloads.WriteAsync(response, "application/json",
                "{\"error\":{\"message\":\"Incorrect API key provided: " + request.Authorization + "\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}");
            return;
        }
        if (reply.RetryAfter is not null) response.Headers["Retry-After"] = reply.RetryAfter;
        if (reply.RawBody is not null || reply.Status != 200)
        {
            await FakeOpenAiServerPayloads.WriteAsync(response, "application/json", reply.RawBody ?? "{}");
            return;
        }
        var content = reply.Content ?? "";
        if (request.Stream) await FakeOpenAiServerPayloads.StreamAsync(response, content);
        else await FakeOpenAiServerPayloads.WriteAsync(response, "application/json", FakeOpenAiServerPayloads.Completion(content));
    }

    public void Dispose()
    {
        stopping.Cancel();
        LoopbackHttpListener.Close(listener);
        stopping.Dispose();
    }
}
