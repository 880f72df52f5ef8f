namespace Briefing.Core.Articles;

/// <summary>
/// <c>.md</c>: optional YAML front matter (title, source, url, published, language), then the article. The
/// title is the front matter's, else the first "# " heading, else the first line. Paragraphs as in .txt.
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
        var body = TextLines(lines.Skip(frontMatter.BodyStartLine), out var firstHeading);
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

    /// <summary>
    /// Plain-text lines; headings stand alone (blank lines around them) and list items start their own
    /// block, so that the paragraph splitter never glues them to neighbouring text.
    /// </summary>
    private static List<string> TextLines(IEnumerable<string> markdown, out int? firstLevelOneHeading)
    {
        firstLevelOneHeading = null;
        var lines = new List<string>();
        foreach (var line in markdown)
        {
            if (MarkdownText.IsRuleOrFence(line))
            {
                lines.Add(string.Empty);
                continue;
            }
            var heading = MarkdownText.Heading(line, out var level);
            if (heading is not null)
            {
                lines.Add(string.Empty);
                if (level == 1 && firstLevelOneHeading is null && heading.Length > 0) firstLevelOneHeading = lines.Count;
                lines.Add(heading);
                lines.Add(string.Empty);
                continue;
            }
            if (MarkdownText.IsListItem(line)) lines.Add(string.Empty);
            lines.Add(MarkdownText.Line(line));
        }
        return lines;
    }

    private static bool SameText(string a, string b) =>
        string.Equals(Text.WhitespaceNormalizer.Collapse(a), Text.WhitespaceNormalizer.Collapse(b), StringComparison.OrdinalIgnoreCase);
}
