using Briefing.Core.Articles;

namespace Briefing.Core.Search;

/// <summary>One retrieved passage with its article and its retrieval score (higher is better, scale depends on the index).</summary>
public sealed record PassageHit(Passage Passage, ArticleInfo Article, float Score);
