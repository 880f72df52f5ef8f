using Briefing.Core.Storage;

namespace Briefing.Core.Curation;

/// <summary>
/// Which indexed articles a listing or a removal is about. Times compare the article's publish time, or its ingest
/// time when the publish time is unknown (the same rule as the digest's day window).
/// </summary>
public sealed record ArticleFilter
{
    /// <summary>The article's source, compared without regard to case.</summary>
    public string? Source { get; init; }

    /// <summary>Inclusive lower bound.</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Exclusive upper bound.</summary>
    public DateTimeOffset? Until { get; init; }

    /// <summary>ISO 639-1 code ("de", "en").</summary>
    public string? Language { get; init; }

    public bool Matches(ArticleHeader article)
    {
        var at = WhenOf(article);
        return (Since is null || at >= Since) && (Until is null || at < Until)
            && (Source is null || string.Equals(article.Source?.Trim(), Source.Trim(), StringComparison.OrdinalIgnoreCase))
            && (Language is null || string.Equals(article.Language, Language.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The time a filter and a listing's order go by: published, else ingested (never known: the epoch, as the index has it).</summary>
    public static DateTimeOffset WhenOf(ArticleHeader article) => article.Published ?? article.Ingested ?? DateTimeOffset.UnixEpoch;
}
