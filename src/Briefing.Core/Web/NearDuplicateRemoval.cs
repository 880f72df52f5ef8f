using Briefing.Core.Curation;
using Briefing.Core.Search;

namespace Briefing.Core.Web;

/// <summary>A removed article leaves the near-duplicate state: its text can be ingested again and is no longer "also reported".</summary>
public sealed class NearDuplicateRemoval(INearDuplicateStore store) : IArticleRemovalListener
{
    public void OnArticlesRemoved(IReadOnlyList<IndexedArticle> removed) => store.Forget([.. removed.Select(a => a.Article.Id)]);
}
