using System.Text.Json;

namespace Briefing.Core.Articles;

/// <summary>
/// The fields of one JSONL article, read tolerantly: numbers are accepted for id and published, unknown
/// fields are ignored; only a missing or non-text "text" makes the line an error.
/// </summary>
internal sealed record JsonLineRecord(string? Id, string? Title, string? Text, string? Source, string? Url,
    string? Published, string? Language, string? Error)
{
    public static JsonLineRecord From(JsonElement root)
    {
        string? error = null;
        if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind == JsonValueKind.Null)
            error = "missing \"text\"";
        else if (textElement.ValueKind != JsonValueKind.String)
            error = $"\"text\" must be a string, not {textElement.ValueKind.ToString().ToLowerInvariant()}";
        else if (string.IsNullOrWhiteSpace(textElement.GetString()))
            error = "\"text\" is empty";
        return new JsonLineRecord(
            Scalar(root, "id"), Scalar(root, "title"),
            error is null ? textElement.GetString() : null,
            Scalar(root, "source"), Scalar(root, "url"), Scalar(root, "published"), Scalar(root, "language"),
            error);
    }

    private static string? Scalar(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
