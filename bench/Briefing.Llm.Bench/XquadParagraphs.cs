using System.Text.Json;

namespace Briefing.Llm.Bench;

/// <summary>The XQuAD paragraphs of one language, in file order (the German and English files are parallel).</summary>
internal static class XquadParagraphs
{
    public static IReadOnlyList<string> Read(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        return json.RootElement.GetProperty("data").EnumerateArray()
            .SelectMany(doc => doc.GetProperty("paragraphs").EnumerateArray())
            .Select(p => p.GetProperty("context").GetString() ?? "")
            .ToList();
    }
}
