namespace Briefing.Core.Search;

/// <summary>The search index's files cannot be read (truncated or garbled); <c>reindex</c> rebuilds them from the article store.</summary>
public sealed class IndexUnreadableException(string indexPath, string detail, Exception? inner = null) : Exception(
    $"The search index in '{indexPath}' cannot be read ({detail}). Rebuild it from the stored articles: " +
    $"reindex --data '{Path.GetDirectoryName(Path.GetFullPath(indexPath))}' (README, \"Recovering\").", inner)
{
}
