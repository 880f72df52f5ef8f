using Briefing.Core.Search;

namespace Briefing.Core.Embeddings;

/// <summary>
/// Merges ranked lists by reciprocal rank (Cormack et al. 2009): robust to the lists' incomparable score
/// scales (BM25 vs cosine), and a passage found by both rises to the top.
/// </summary>
public static class ReciprocalRankFusion
{
    /// <summary>The usual damping constant: ranks beyond the first few differ little.</summary>
    public const int K = 60;

    public static IReadOnlyList<PassageHit> Fuse(IReadOnlyList<IReadOnlyList<PassageHit>> rankings, int top)
    {
        var fused = new Dictionary<string, (PassageHit Hit, double Score)>(StringComparer.Ordinal);
        foreach (var ranking in rankings)
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                var hit = ranking[rank];
                var contribution = 1.0 / (K + rank + 1);
                fused[hit.Passage.Id] = fused.TryGetValue(hit.Passage.Id, out var seen)
                    ? (seen.Hit, seen.Score + contribution)
                    : (hit, contribution);
            }
        }
        return fused.Values
            .OrderByDescending(f => f.Score)
            .Take(top)
            .Select(f => f.Hit with { Score = (float)f.Score })
            .ToList();
    }
}
