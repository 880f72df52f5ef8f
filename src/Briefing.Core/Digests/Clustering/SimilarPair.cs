namespace Briefing.Core.Digests.Clustering;

/// <summary>Two articles (A &lt; B) whose headline-and-lead vectors point the same way.</summary>
internal readonly record struct SimilarPair(int A, int B, float Cosine, int SharedAnchors)
{
    /// <summary>One pair per two articles, the most similar of those found (pairs may come from several term spaces).</summary>
    public static List<SimilarPair> Strongest(IEnumerable<SimilarPair> pairs) =>
        pairs.GroupBy(p => (p.A, p.B)).Select(g => g.MaxBy(p => p.Cosine)).ToList();
}
