using System.Security.Cryptography;
using System.Text;
using Briefing.Core.Ingestion;
using Briefing.Core.Search;
using Microsoft.Extensions.Logging;

namespace Briefing.Core.Embeddings;

/// <summary>
/// After each ingest, embeds the passages of added or updated articles whose text (or model) changed, and
/// retries articles whose embedding failed before. A failing embedding endpoint never fails an ingest:
/// the articles wait in the backlog and retrieval stays lexical for them meanwhile.
/// </summary>
public sealed class PassageEmbeddingListener(
    INewsIndex index,
    TextEmbedder embedder,
    IPassageVectorStore vectors,
    ILogger<PassageEmbeddingListener> logger) : IIngestionListener
{
    public async Task OnArticlesIndexedAsync(IReadOnlyList<string> changedArticleIds, CancellationToken cancellationToken)
    {
        var articleIds = changedArticleIds.Concat(vectors.Backlog()).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; i < articleIds.Count; i++)
        {
            try
            {
                await EmbedArticleAsync(articleIds[i], cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                vectors.AddToBacklog(articleIds.Skip(i));
                logger.LogWarning(ex, "Embedding failed; {Count} articles wait for the next ingest", articleIds.Count - i);
                return;
            }
        }
    }

    private async Task EmbedArticleAsync(string articleId, CancellationToken cancellationToken)
    {
        if (index.GetArticle(articleId) is not { } stored)
        {
            vectors.Update(articleId, [], []); // deleted meanwhile: drop its vectors and backlog entry
            return;
        }
        var passages = index.GetPassages(articleId);
        var known = vectors.Fingerprints(articleId);
        var texts = passages.Select(p => $"{stored.Article.Title}\n{p.Text}").ToList();
        var fingerprints = texts.Select(Fingerprint).ToList();
        var changed = Enumerable.Range(0, passages.Count)
            .Where(i => !known.TryGetValue(passages[i].Id, out var old) || old != fingerprints[i])
            .ToList();
        var embedded = changed.Count == 0 ? [] : await embedder.EmbedAsync(changed.Select(i => texts[i]).ToList(), cancellationToken);
        vectors.Update(articleId, passages.Select(p => p.Id).ToList(),
            changed.Select((passageIndex, k) => new StoredVector(passages[passageIndex].Id, fingerprints[passageIndex], embedded[k])).ToList());
    }

    private string Fingerprint(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(embedder.ModelName + "\n" + text)))[..32];
}
