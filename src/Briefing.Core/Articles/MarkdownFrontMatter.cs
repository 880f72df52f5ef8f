using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Briefing.Core.Articles;

/// <summary>
/// The optional YAML block between "---" lines at the top of a Markdown article. Known keys: title, source,
/// url, published, language; other keys are ignored. Malformed YAML is an error, not a silent default.
/// </summary>
internal sealed record MarkdownFrontMatter(IReadOnlyDictionary<string, string> Values, int BodyStartLine, string? Error)
{
    private static readonly string[] KnownKeys = ["title", "source", "url", "published", "language"];
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    public static readonly MarkdownFrontMatter None = new(new Dictionary<string, string>(), 0, null);

    public string? this[string key] => Values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public static MarkdownFrontMatter Read(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0 || lines[0].TrimEnd() != "---") return None;
        var end = -1;
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                end = i;
                break;
            }
        }
        if (end < 0) return Fail("front matter starts with '---' but has no closing '---' line");
        object? parsed;
        try
        {
            parsed = Yaml.Deserialize<object?>(string.Join('\n', lines.Skip(1).Take(end - 1)));
        }
        catch (YamlException e)
        {
            return Fail($"front matter is not valid YAML (line {e.Start.Line + 1}): {e.InnerException?.Message ?? e.Message}");
        }
        if (parsed is null) return None with { BodyStartLine = end + 1 };
        if (parsed is not IDictionary<object, object?> mapping) return Fail("front matter must be 'key: value' lines");
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (rawKey, value) in mapping)
        {
            var key = rawKey.ToString() ?? string.Empty;
            if (!KnownKeys.Contains(key, StringComparer.OrdinalIgnoreCase) || value is null) continue;
            if (value is not string text) return Fail($"front matter '{key}' must be a single value, not a list or mapping");
            values[key] = text;
        }
        return new MarkdownFrontMatter(values, end + 1, null);
    }

    private static MarkdownFrontMatter Fail(string error) => None with { Error = error };
}
