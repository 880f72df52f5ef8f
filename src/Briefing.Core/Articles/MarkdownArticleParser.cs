namespace Briefing.Core.Articles;

/// <summary>
/// <c>.md</c>: optional YAML front matter (title, source, url, published, language), then the article, parsed
/// with Markdig (<see cref="MarkdownText"/>). The title is the front matter's, else the first level-1 heading
/// ("# Title" or "Title" underlined with "==="), else the first line. Paragraphs as in .txt.
/// </summary>
public sealed class MarkdownArticleParser : IArticleFormatParser
{
    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    public IEnumerable<ArticleReadResult> Parse(ArticleInput input)
    {
        var lines = ParagraphSplitter.Lines(input.Text);
        var frontMatter = MarkdownFrontMatter.Read(lines);
        if (frontMatter.Error is not null)
            return [ArticleReadResult.Rejected(input.Input, frontMatter.Error)];
        var body = MarkdownText.Lines(string.Join('\n', lines.Skip(frontMatter.BodyStartLine)), out var firstHeading);
        var title = frontMatter["title"];
        if (title is null && firstHeading is not null)
        {
            title = body[firstHeading.Value];
            body.RemoveAt(firstHeading.Value);
        }
        else if (title is not null && firstHeading is not null && SameText(body[firstHeading.Value], title))
        {
            body.RemoveAt(firstHeading.Value);
        }
        else if (title is null)
        {
            var first = body.FindIndex(line => line.Length > 0);
            if (first < 0) return [ArticleReadResult.Rejected(input.Input, "no article text after the front matter")];
            title = body[first];
            body.RemoveAt(first);
        }
        var paragraphs = ParagraphSplitter.Split(body);
        if (paragraphs.Count == 0) return [ArticleReadResult.Rejected(input.Input, "only a headline, no article text")];
        return [ArticleReadResult.Ok(input.Input, new Article
        {
            Id = input.DefaultId,
            Title = title,
            Source = frontMatter["source"],
            Url = frontMatter["url"],
            Published = PublishedDateParser.Parse(frontMatter["published"]),
            Language = ArticleLanguage.Resolve(frontMatter["language"], title, paragraphs),
            Paragraphs = paragraphs,
            Origin = input.Input,
        })];
    }

    private static bool SameText(string a, string b) =>
        string.Equals(Text.WhitespaceNormalizer.Collapse(a), Text.WhitespaceNormalizer.Collapse(b), StringComparison.OrdinalIgnoreCase);
}
