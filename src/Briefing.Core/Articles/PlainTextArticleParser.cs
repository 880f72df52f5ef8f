namespace Briefing.Core.Articles;

/// <summary><c>.txt</c>: the first non-empty line is the headline, the rest are paragraphs.</summary>
public sealed class PlainTextArticleParser : IArticleFormatParser
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    public IEnumerable<ArticleReadResult> Parse(ArticleInput input)
    {
        var lines = ParagraphSplitter.Lines(input.Text);
        var titleIndex = Array.FindIndex(lines, line => !string.IsNullOrWhiteSpace(line));
        if (titleIndex < 0)
        {
            yield return ArticleReadResult.Rejected(input.Input, "empty file (only white space)");
            yield break;
        }
        var title = lines[titleIndex].Trim();
        var paragraphs = ParagraphSplitter.Split(lines.Skip(titleIndex + 1));
        if (paragraphs.Count == 0)
        {
            yield return ArticleReadResult.Rejected(input.Input, "only a headline, no article text");
            yield break;
        }
        yield return ArticleReadResult.Ok(input.Input, new Article
        {
            Id = input.DefaultId,
            Title = title,
            Language = ArticleLanguage.Resolve(null, title, paragraphs),
            Paragraphs = paragraphs,
            Origin = input.Input,
        });
    }
}
