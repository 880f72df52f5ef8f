using System.Text.Json;

namespace Briefing.Core.Web;

/// <summary>The fields of a JSON-LD <c>NewsArticle</c> (or Article, BlogPosting, ...) block the parser uses.</summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, string? Author, string? InLanguage, string? ArticleBody)
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "OpinionNewsArticle",
        "BackgroundNewsArticle", "LiveBlogPosting",
    };

    /// <summary>The first article object in one script block; broken JSON (common on real pages) yields null.</summary>
    public static JsonLdArticle? Find(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
            return FindIn(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonLdArticle? FindIn(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
            return element.EnumerateArray().Select(FindIn).FirstOrDefault(found => found is not null);
        if (element.ValueKind != JsonValueKind.Object) return null;
        if (element.TryGetProperty("@graph", out var graph) && FindIn(graph) is { } inGraph) return inGraph;
        if (!element.TryGetProperty("@type", out var type) || !IsArticleType(type)) return null;
        return new JsonLdArticle(
            Text(element, "headline") ?? Text(element, "name"),
            Text(element, "datePublished"),
            element.TryGetProperty("author", out var author) ? AuthorName(author) : null,
            Text(element, "inLanguage"),
            Text(element, "articleBody"));
    }

    private static bool IsArticleType(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => ArticleTypes.Contains(type.GetString()!),
        JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!)),
        _ => false,
    };

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static string? AuthorName(JsonElement author) => author.ValueKind switch
    {
        JsonValueKind.String => author.GetString(),
        JsonValueKind.Object => Text(author, "name"),
        JsonValueKind.Array => string.Join(", ", author.EnumerateArray().Select(AuthorName).Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } names ? names : null,
        _ => null,
    };
}
