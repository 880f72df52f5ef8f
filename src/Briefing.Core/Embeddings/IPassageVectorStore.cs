namespace Briefing.Core.Embeddings;

/// <summary>
/// Passage vectors for hybrid retrieval. Each remembers a fingerprint of the model and text it was made from, so
/// only changed passages are re-embedded; articles whose embedding failed wait in a backlog.
/// </summary>
public interface IPassageVectorStore
{
    /// <summary>Fingerprints of an article's stored passage vectors, by passage id.</summary>
    IReadOnlyDictionary<string, string> Fingerprints(string articleId);

    /// <summary>Stores new vectors for an article, drops those of passages it no longer has and clears its backlog entry.</summary>
    void Update(string articleId, IReadOnlyCollection<string> currentPassageIds, IReadOnlyList<StoredVector> changed);

    /// <summary>Remembers articles whose embedding failed, to retry on the next ingest.</summary>
    void AddToBacklog(IEnumerable<string> articleIds);

    IReadOnlyList<string> Backlog();

    int Count { get; }

    /// <summary>The passages most similar to a unit-length query vector.</summary>
    IReadOnlyList<(string PassageId, float Similarity)> Nearest(float[] query, int top);
}
