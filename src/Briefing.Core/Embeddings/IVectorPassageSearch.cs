using Briefing.Core.Search;

namespace Briefing.Core.Embeddings;

/// <summary>Semantic passage search by embedding similarity; registered only when an embedding model is configured.</summary>
public interface IVectorPassageSearch
{
    /// <summary>The most similar passages, best first; empty when the model cannot be reached.</summary>
    Task<IReadOnlyList<PassageHit>> SearchAsync(string query, int top, CancellationToken cancellationToken);
}
