using System.Net;
using System.Text;
using System.Text.Json;

namespace Briefing.Core.Tests.Support;

/// <summary>What <see cref="FakeOpenAiServer"/> writes: a chat completion, or the same content as SSE chunks ending in [DONE].</summary>
internal static class FakeOpenAiServerPayloads
{
    /// <summary>The reply to <c>GET /v1/models</c>.</summary>
    public const string ModelList = """{"object":"list","data":[{"id":"fake-model","object":"model","owned_by":"tests"}]}""";

    public static async Task WriteAsync(HttpListenerResponse response, string contentType, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentType = contentType;
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
    }

    public static async Task StreamAsync(HttpListenerResponse response, string content)
    {
        response.ContentType = "text/event-stream";
        response.SendChunked = true;
        var pieces = content.Split(' ');
        for (var i = 0; i < pieces.Length; i++)
        {
            var piece = i == 0 ? pieces[i] : " " + pieces[i];
            var delta = i == 0 ? new { role = "assistant", content = piece } : (object)new { content = piece };
            await SendEventAsync(response, Chunk(delta, null));
        }
        await SendEventAsync(response, Chunk(new { }, "stop"));
        await SendEventAsync(response, "[DONE]");
    }

    private static async Task SendEventAsync(HttpListenerResponse response, string data)
    {
        var bytes = Encoding.UTF8.GetBytes($"data: {data}\n\n");
        await response.OutputStream.WriteAsync(bytes);
        await response.OutputStream.FlushAsync();
    }

    private static string Chunk(object delta, string? finishReason) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-fake",
        @object = "chat.completion.chunk",
        created = 1_764_000_000,
        model = "fake-model",
        choices = new[] { new { index = 0, delta, finish_reason = finishReason } },
    });

    public static string Completion(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-fake",
        @object = "chat.completion",
        created = 1_764_000_000,
        model = "fake-model",
        choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
        usage = new { prompt_tokens = 10, completion_tokens = 10, total_tokens = 20 },
    });
}
