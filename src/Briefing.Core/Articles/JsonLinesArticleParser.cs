using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Briefing.Core.Articles;

/// <summary>
/// <c>.jsonl</c>: one article per line, <c>{"id"?, "title"?, "text", "source"?, "url"?, "published"?, "language"?}</c>.
/// A bad line is rejected as "file:line" with a reason while every other line still becomes an article.
/// </summary>
public sealed class JsonLinesArticleParser : IArticleFormatParser
{
    private const int IdHashHexChars = 12;

    public IReadOnlyCollection<string> Extensions { get; } = [".jsonl"];

    public IEnumerable<ArticleReadResult> Parse(ArticleInput input)
    {
        var stem = Path.GetFileNameWithoutExtension(input.FileName);
        var lines = ParagraphSplitter.Lines(input.Text);
        for (var index = 0; index < lines.Length; index++)
        {
            if (string.IsNullOrWhiteSpace(lines[index])) continue;
            var lineInput = $"{input.Input}:{index + 1}";
            yield return ParseLine(lines[index], lineInput, stem);
        }
    }

    private static ArticleReadResult ParseLine(string line, string lineInput, string stem)
    {
        JsonLineRecord record;
        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return ArticleReadResult.Rejected(lineInput, "not a JSON object");
            record = JsonLineRecord.From(document.RootElement);
        }
        catch (JsonException e)
        {
            return ArticleReadResult.Rejected(lineInput, $"invalid JSON: {e.Message}");
        }
        if (record.Error is not null) return ArticleReadResult.Rejected(lineInput, record.Error);
        var paragraphs = ParagraphSplitter.Lines(record.Text!)
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .ToList();
        if (paragraphs.Count == 0) return ArticleReadResult.Rejected(lineInput, "\"text\" is empty");
        var title = string.IsNullOrWhiteSpace(record.Title)
            ? ArticleTitles.FromFirstSentence(paragraphs[0])
            : record.Title.Trim();
        var id = string.IsNullOrWhiteSpace(record.Id) ? $"{stem}-{ContentId(record.Title, record.Text!)}" : record.Id.Trim();
        return ArticleReadResult.Ok(lineInput, new Article
        {
            Id = id,
            Title = title,
            Source = NullIfBlank(record.Source),
            Url = NullIfBlank(record.Url),
            Published = PublishedDateParser.Parse(record.Published),
            Language = ArticleLanguage.Resolve(record.Language, title, paragraphs),
            Paragraphs = paragraphs,
            Origin = lineInput,
        });
    }

    /// <summary>An id from the content, so a record without id keeps its id when lines are reordered.</summary>
    private static string ContentId(string? title, string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes((title ?? string.Empty) + text));
        return Convert.ToHexStringLower(hash)[..IdHashHexChars];
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
