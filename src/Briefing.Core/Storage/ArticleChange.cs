namespace Briefing.Core.Storage;

/// <summary>One entry of the store's change log: the article as written, or null when it was removed.</summary>
public sealed record ArticleChange(long Sequence, string ArticleId, StoredArticle? Current)
{
    public bool IsRemoval => Current is null;
}
