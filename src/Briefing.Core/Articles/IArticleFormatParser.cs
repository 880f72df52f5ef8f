namespace Briefing.Core.Articles;

/// <summary>
/// Turns one decoded file of a given format (.txt, .md, .jsonl, .html, ...) into articles. Decoding, size and
/// binary checks happen before, in <c>ArticleFileReader</c>, so parsers only see text.
/// </summary>
public interface IArticleFormatParser
{
    /// <summary>Lower-case extensions with the dot, e.g. ".html", ".htm".</summary>
    IReadOnlyCollection<string> Extensions { get; }

    IEnumerable<ArticleReadResult> Parse(ArticleInput input);
}
