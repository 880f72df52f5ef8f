using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Briefing.Core.Tests.Support;

/// <summary>
/// A real OpenAI-compatible embeddings server on 127.0.0.1 (POST /v1/embeddings). Its "model" maps words to
/// concepts through a small synonym table and hashes the concepts into 64 dimensions, so texts that share
/// meaning but not words ("automobile" / "car") come out similar — what keyword search cannot see.
/// </summary>
public sealed partial class FakeEmbeddingServer : IDisposable
{
    private const int Dimensions = 64;
    private static readonly Dictionary<string, string> Concepts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["automobile"] = "car", ["automobiles"] = "car", ["cars"] = "car", ["vehicle"] = "car", ["vehicles"] = "car",
        ["manufacturer"] = "maker", ["manufacturers"] = "maker", ["makers"] = "maker",
    };

    private readonly HttpListener _listener;
    private int _requests;

    private FakeEmbeddingServer(HttpListener listener, int port)
    {
        _listener = listener;
        Port = port;
        _ = Task.Run(AcceptLoopAsync);
    }

    public int Port { get; }

    public string V1Url => $"http://127.0.0.1:{Port}/v1";

    /// <summary>When true every request fails with 500 (an embedding model that is down).</summary>
    public bool Failing { get; set; }

    public int Requests => Volatile.Read(ref _requests);

    public int TextsEmbedded { get; private set; }

    public static FakeEmbeddingServer Start()
    {
        var (listener, port) = LoopbackHttpListener.Start();
        return new FakeEmbeddingServer(listener, port);
    }

    private async Task AcceptLoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            _ = Task.Run(() => RespondAsync(context));
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        Interlocked.Increment(ref _requests);
        using var response = context.Response;
        if (Failing || context.Request.Url?.AbsolutePath != "/v1/embeddings")
        {
            response.StatusCode = Failing ? 500 : 404;
            return;
        }
        var request = (await JsonNode.ParseAsync(context.Request.InputStream))!;
        var inputs = request["input"] is JsonArray array ? array.Select(i => i!.GetValue<string>()).ToList() : [request["input"]!.GetValue<string>()];
        lock (Concepts) TextsEmbedded += inputs.Count;
        var body = new JsonObject
        {
            ["object"] = "list",
            ["model"] = request["model"]?.GetValue<string>(),
            ["data"] = new JsonArray(inputs.Select((text, i) => (JsonNode)new JsonObject
            {
                ["object"] = "embedding",
                ["index"] = i,
                ["embedding"] = new JsonArray(Embed(text).Select(v => (JsonNode)v).ToArray()),
            }).ToArray()),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["total_tokens"] = 1 },
        };
        response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(response.OutputStream, body);
    }

    private static float[] Embed(string text)
    {
        var vector = new float[Dimensions];
        foreach (Match word in Words().Matches(text))
        {
            var concept = Concepts.GetValueOrDefault(word.Value, word.Value.ToLowerInvariant());
            if (concept.Length < 4) continue; // function words carry no meaning here
            vector[(int)((uint)StableHash(concept) % Dimensions)] += 1f;
        }
        return vector;
    }

    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked(h * 31 + c));

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    public void Dispose()
    {
        LoopbackHttpListener.Close(_listener);
    }
}
