using Briefing.Core.Search;

namespace Briefing.Core.Curation;

/// <summary>
/// A store that keeps something about articles besides the index (near-duplicate signatures, stored answers' quotes,
/// passage vectors): told before removed articles leave the index, so that nothing of them stays behind. Must be
/// idempotent: a removal that failed half-way is simply run again.
/// </summary>
public interface IArticleRemovalListener
{
    void OnArticlesRemoved(IReadOnlyList<IndexedArticle> removed);
}
