using Briefing.Core.Articles;

namespace Briefing.Core.Search;

/// <summary>What the index remembers of an article besides its passages: used for idempotent re-ingest and dedup.</summary>
public sealed record IndexedArticle(Article Article, string ContentHash, int PassageCount);
