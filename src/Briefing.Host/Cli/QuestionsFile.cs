using System.Text.Json;

namespace Briefing.Host.Cli;

/// <summary>Reads <c>ask --questions</c> files: one question a line, or JSON Lines objects with "question".</summary>
internal static class QuestionsFile
{
    public sealed record Entry(int LineNumber, string? Question, string? Error);

    public static IEnumerable<Entry> Read(string path)
    {
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (!line.StartsWith('{'))
            {
                yield return new Entry(lineNumber, line, null);
                continue;
            }
            yield return ParseJson(lineNumber, line);
        }
    }

    private static Entry ParseJson(int lineNumber, string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.TryGetProperty("question", out var q) && q.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(q.GetString())
                ? new Entry(lineNumber, q.GetString(), null)
                : new Entry(lineNumber, null, "the JSON object has no non-empty \"question\" string");
        }
        catch (JsonException ex)
        {
            return new Entry(lineNumber, null, $"invalid JSON ({ex.Message})");
        }
    }
}
