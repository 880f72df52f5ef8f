namespace Briefing.Core.Digests.Clustering;

/// <summary>Two articles (A &lt; B) whose headline-and-lead vectors point the same way.</summary>
internal readonly record struct SimilarPair(int A, int B, float Cosine, int SharedAnchors);
