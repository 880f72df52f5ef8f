using System.Text.Json;

namespace Briefing.Core.Tests.Support;

/// <summary>What the fake model server received: the raw JSON body and a few parsed parts.</summary>
public sealed record FakeOpenAiServerRequest(string Path, string Body, string? Authorization, DateTimeOffset ArrivedAt)
{
    public bool Stream => Json.RootElement.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;

    public string Model => Json.RootElement.GetProperty("model").GetString() ?? "";

    /// <summary>(role, content) of every message sent.</summary>
    public IReadOnlyList<(string Role, string Content)> Messages =>
        Json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => (m.GetProperty("role").GetString() ?? "", ContentOf(m)))
            .ToList();

    public string AllText => string.Join("\n", Messages.Select(m => m.Content));

    private JsonDocument Json => JsonDocument.Parse(Body);

    private static string ContentOf(JsonElement message)
    {
        var content = message.GetProperty("content");
        return content.ValueKind == JsonValueKind.String
            ? content.GetString() ?? ""
            : string.Concat(content.EnumerateArray().Select(part => part.TryGetProperty("text", out var t) ? t.GetString() : ""));
    }
}
