using Briefing.Core.Curation;
using Briefing.Core.Search;

namespace Briefing.Core.Embeddings;

/// <summary>A removed article's passage vectors (and any embedding backlog entry) are deleted with it.</summary>
public sealed class PassageVectorRemoval(IPassageVectorStore vectors) : IArticleRemovalListener
{
    public void OnArticlesRemoved(IReadOnlyList<IndexedArticle> removed)
    {
        foreach (var article in removed) vectors.Update(article.Article.Id, [], []);
    }
}
