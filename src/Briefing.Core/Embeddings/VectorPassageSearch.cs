using Briefing.Core.Search;
using Microsoft.Extensions.Logging;

namespace Briefing.Core.Embeddings;

/// <summary>Embeds the question and scans the stored passage vectors; falls back to nothing (BM25 alone) on model failure.</summary>
public sealed class VectorPassageSearch(
    TextEmbedder embedder,
    IPassageVectorStore vectors,
    INewsIndex index,
    ILogger<VectorPassageSearch> logger) : IVectorPassageSearch
{
    public async Task<IReadOnlyList<PassageHit>> SearchAsync(string query, int top, CancellationToken cancellationToken)
    {
        if (vectors.Count == 0) return [];
        float[] queryVector;
        try
        {
            queryVector = (await embedder.EmbedAsync([query], cancellationToken))[0];
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Embedding the question failed; answering from keyword search alone");
            return [];
        }
        var hits = new List<PassageHit>();
        foreach (var (passageId, similarity) in vectors.Nearest(queryVector, top))
        {
            // A vector can outlive its passage briefly (deleted article, embedding pending): skip it.
            if (index.GetPassage(passageId) is not { } passage || index.GetArticle(passage.ArticleId) is not { } stored) continue;
            var article = stored.Article;
            hits.Add(new PassageHit(passage, new ArticleInfo(article.Id, article.Title, article.Source, article.Url, article.Published, article.Language), similarity));
        }
        return hits;
    }
}
