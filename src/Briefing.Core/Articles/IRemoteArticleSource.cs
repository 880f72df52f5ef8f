namespace Briefing.Core.Articles;

/// <summary>Reads articles from a non-file input such as an http(s) URL or an RSS/Atom feed.</summary>
public interface IRemoteArticleSource
{
    bool CanHandle(string input);

    IAsyncEnumerable<ArticleReadResult> ReadAsync(string input, CancellationToken cancellationToken);
}
