using Briefing.Core.Articles;

namespace Briefing.Core.Ingestion;

/// <summary>
/// A read result with the work that depends on the article alone done (<see cref="ArticleIndexer.Prepare"/>): its
/// passages and content hash, and the near-duplicate detector's signature. Made on reader threads ahead of the single
/// writer, which then only decides and writes.
/// </summary>
internal sealed record PreparedArticle(ArticleReadResult Result, IReadOnlyList<Passage> Passages, string? ContentHash);
