using System.Text.Json;

namespace Briefing.Core.Evaluation;

/// <summary>Reads <c>eval</c> cases (JSON Lines). A bad line yields a reason and never stops the other lines.</summary>
public static class EvalCaseReader
{
    public static IEnumerable<EvalCaseLine> Read(string path)
    {
        var lineNumber = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(raw)) continue;
            var line = Parse(lineNumber, raw.Trim());
            if (line.Case is { } parsed && !seen.Add(parsed.Id))
                line = new EvalCaseLine(lineNumber, null, $"the id \"{parsed.Id}\" is used by an earlier case");
            yield return line;
        }
    }

    public static EvalCaseLine Parse(int lineNumber, string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return Error(lineNumber, "not a JSON object");
            var question = Text(root, "question");
            if (string.IsNullOrWhiteSpace(question)) return Error(lineNumber, "no non-empty \"question\" string");
            if (!root.TryGetProperty("goldArticleId", out var gold) || gold.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                return Error(lineNumber, "\"goldArticleId\" must be a string, or null for a question the corpus does not answer");
            if (gold.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(gold.GetString()))
                return Error(lineNumber, "\"goldArticleId\" is empty; use null for a question the corpus does not answer");
            var answers = new List<string>();
            if (root.TryGetProperty("answers", out var list))
            {
                if (list.ValueKind != JsonValueKind.Array || list.EnumerateArray().Any(a => a.ValueKind != JsonValueKind.String))
                    return Error(lineNumber, "\"answers\" must be an array of strings");
                answers.AddRange(list.EnumerateArray().Select(a => a.GetString()!).Where(a => !string.IsNullOrWhiteSpace(a)));
            }
            var id = Text(root, "id") is { Length: > 0 } given ? given : $"line-{lineNumber}";
            var language = Text(root, "language") is { Length: > 0 } l ? l.ToLowerInvariant() : null;
            var labels = new EvalCaseLabels(Label(root, "kind"), Label(root, "articleLanguage"), Label(root, "unanswerableKind"));
            return new EvalCaseLine(lineNumber, new EvalCase(id, question.Trim(), answers, gold.GetString()?.Trim(), language) { Labels = labels }, null);
        }
        catch (JsonException ex)
        {
            return Error(lineNumber, $"invalid JSON ({ex.Message})");
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()?.Trim() : null;

    /// <summary>An optional label: a non-empty string, lower-cased; anything else (absent, null, a number) is no label.</summary>
    private static string? Label(JsonElement root, string name) => Text(root, name) is { Length: > 0 } label ? label.ToLowerInvariant() : null;

    private static EvalCaseLine Error(int lineNumber, string reason) => new(lineNumber, null, reason);
}
