using System.Numerics.Tensors;

namespace Briefing.Core.Embeddings;

/// <summary>Vectors are stored unit-length, so cosine similarity is a dot product.</summary>
internal static class VectorMath
{
    public static float[] Normalize(ReadOnlySpan<float> vector)
    {
        var copy = vector.ToArray();
        var norm = TensorPrimitives.Norm(copy);
        if (norm > 0) TensorPrimitives.Divide(copy, norm, copy);
        return copy;
    }

    public static float Similarity(float[] a, float[] b) => a.Length == b.Length ? TensorPrimitives.Dot(a, b) : 0f;

    /// <summary>The <paramref name="top"/> passages most similar to a unit-length query vector, best first.</summary>
    public static IReadOnlyList<(string PassageId, float Similarity)> Nearest(
        IEnumerable<(string PassageId, float[] Vector)> vectors, float[] query, int top) =>
        vectors
            .Select(v => (v.PassageId, Similarity: Similarity(query, v.Vector)))
            .OrderByDescending(v => v.Similarity)
            .Take(top)
            .ToList();
}
