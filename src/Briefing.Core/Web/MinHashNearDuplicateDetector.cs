using System.Runtime.CompilerServices;
using Briefing.Core.Articles;
using Briefing.Core.Ingestion;
using Microsoft.Extensions.Logging;

namespace Briefing.Core.Web;

/// <summary>
/// Near-duplicate detection with MinHash over 4-word shingles of the article body: a new article counts as another
/// source of an indexed one when at least <see cref="Threshold"/> of its shingles occur there (containment, so a
/// shortened wire copy still matches) or the two overlap that much both ways (Jaccard).
/// </summary>
public sealed class MinHashNearDuplicateDetector(INearDuplicateStore store, TimeProvider timeProvider, ILogger<MinHashNearDuplicateDetector> logger)
    : INearDuplicateDetector
{
    /// <summary>The share of overlap above which two texts are one story, as the big news readers use.</summary>
    public const double Threshold = 0.85;

    /// <summary>Below this many shingles (about a sentence) overlap says little; short items are never matched.</summary>
    public const int MinShingles = 12;

    /// <summary>
    /// Signatures computed ahead (<see cref="Prepare"/>) or by the look-up, reused when the article is remembered. Keyed
    /// by the paragraph list: the writer stores a copy of the article (<c>with { Ingested = … }</c>) that shares it.
    /// Weak keys: an entry goes with its article.
    /// </summary>
    private readonly ConditionalWeakTable<IReadOnlyList<string>, MinHashSignature?> _signatures = new();

    public void Prepare(Article article) => SignatureOf(article);

    public string? FindNearDuplicate(Article article)
    {
        var signature = SignatureOf(article);
        if (signature is null) return null;
        string? best = null;
        var bestScore = 0.0;
        foreach (var (candidateId, candidate) in store.FindCandidates(signature))
        {
            // An updated version of the same article is not a duplicate of itself.
            if (candidateId == article.Id) continue;
            var score = Math.Max(signature.EstimateContainmentIn(candidate), signature.EstimateJaccard(candidate));
            if (score >= Threshold && score > bestScore) (best, bestScore) = (candidateId, score);
        }
        if (best is not null)
            logger.LogInformation("{ArticleId} repeats {OriginalId} ({Overlap:P0} overlap)", article.Id, best, bestScore);
        return best;
    }

    public void Remember(Article article)
    {
        if (SignatureOf(article) is { } signature) store.Save(article.Id, signature);
    }

    public void RecordAlsoReportedBy(string originalArticleId, Article duplicate) =>
        store.AddReport(originalArticleId, duplicate.Id, duplicate.Source, duplicate.Url, duplicate.Title, timeProvider.GetUtcNow());

    public IReadOnlyList<string> AlsoReportedBy(string articleId) => store.Reports(articleId);

    private MinHashSignature? SignatureOf(Article article) =>
        _signatures.GetValue(article.Paragraphs, _ => Signature(article));

    private static MinHashSignature? Signature(Article article)
    {
        var shingles = WordShingles.Hash(article.Paragraphs);
        return shingles.Count < MinShingles ? null : MinHashSignature.Compute(shingles);
    }
}
