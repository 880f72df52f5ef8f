using AngleSharp.Html.Parser;
using Briefing.Core.Articles;
using Briefing.Core.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Briefing.Core.Web;

/// <summary>
/// Reads an article from an HTML page, on disk (.html/.htm) or fetched: headline, lead and body paragraphs with the
/// page furniture dropped, plus the page's metadata. The canonical URL, when the page names one, is the article id,
/// so the same story fetched twice or saved to disk is one article.
/// </summary>
public sealed class HtmlArticleParser(ILogger<HtmlArticleParser>? logger = null) : IArticleFormatParser
{
    // Readability needs an absolute base; files on disk have none of their own.
    private static readonly Uri LocalBase = new("https://localhost/");
    private readonly ILogger _logger = logger ?? NullLogger<HtmlArticleParser>.Instance;

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public IEnumerable<ArticleReadResult> Parse(ArticleInput input)
    {
        yield return ParsePage(input.Input, input.Text, pageUrl: null, input.DefaultId, Path.GetFileNameWithoutExtension(input.FileName));
    }

    /// <summary>Parses one page; <paramref name="pageUrl"/> is where it was fetched from (null for files).</summary>
    public ArticleReadResult ParsePage(string input, string html, Uri? pageUrl, string defaultId, string? fallbackTitle = null)
    {
        if (string.IsNullOrWhiteSpace(html)) return ArticleReadResult.Rejected(input, "the page is empty");
        try
        {
            var document = new HtmlParser().ParseDocument(html);
            var metadata = HtmlMetadataReader.Read(document, pageUrl);
            BoilerplateRemover.Remove(document);
            var paragraphs = HtmlMainTextExtractor.Extract(document, metadata.CanonicalUrl ?? pageUrl ?? LocalBase, metadata);
            if (paragraphs.Count == 0) return ArticleReadResult.Rejected(input, "no article text found in the page");

            var url = metadata.CanonicalUrl ?? (pageUrl is null ? null : WebUrls.WithoutFragment(pageUrl));
            var title = metadata.Headline ?? fallbackTitle ?? url?.AbsoluteUri ?? defaultId;
            return ArticleReadResult.Ok(input, new Article
            {
                Id = metadata.CanonicalUrl?.AbsoluteUri ?? (pageUrl is null ? defaultId : url!.AbsoluteUri),
                Title = title,
                Source = metadata.SiteName ?? url?.Host,
                Url = url?.AbsoluteUri,
                Published = metadata.Published,
                Language = metadata.Language ?? LanguageDetector.Detect(string.Join("\n", paragraphs.Prepend(title))),
                Paragraphs = paragraphs,
                Origin = pageUrl?.AbsoluteUri ?? input,
            });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A hostile or badly broken page must not stop a batch; the library's failure becomes a reason.
            _logger.LogWarning(ex, "Could not extract an article from {Input}", input);
            return ArticleReadResult.Rejected(input, $"the page could not be read as an article ({ex.GetType().Name}: {ex.Message})");
        }
    }
}
