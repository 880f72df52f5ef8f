using Briefing.Core.Embeddings;
using Dapper;

namespace Briefing.Storage.Postgres;

/// <summary>
/// <see cref="IPassageVectorStore"/> on PostgreSQL (migration <c>0007_passage_vectors</c>). Like the SQLite store it
/// searches an in-memory copy by brute force; every write bumps <c>passage_vector_generation</c> in the same
/// transaction, so an instance notices another instance's writes with one cheap read and reloads.
/// </summary>
public sealed class PostgresPassageVectorStore(PostgresDatabase database) : IPassageVectorStore
{
    private readonly Lock _cacheLock = new();
    private (long Generation, List<(string PassageId, float[] Vector)> Vectors)? _cache;

    public IReadOnlyDictionary<string, string> Fingerprints(string articleId)
    {
        using var connection = database.Open();
        return connection
            .Query<(string PassageId, string Fingerprint)>(
                "SELECT passage_id, fingerprint FROM passage_vectors WHERE article_id = @articleId", new { articleId })
            .ToDictionary(row => row.PassageId, row => row.Fingerprint, StringComparer.Ordinal);
    }

    public void Update(string articleId, IReadOnlyCollection<string> currentPassageIds, IReadOnlyList<StoredVector> changed)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM passage_vectors WHERE article_id = @articleId AND NOT (passage_id = ANY(@current))",
            new { articleId, current = currentPassageIds.ToArray() }, transaction);
        connection.Execute("""
            INSERT INTO passage_vectors (passage_id, article_id, fingerprint, vector) VALUES (@id, @articleId, @fingerprint, @vector)
            ON CONFLICT (passage_id) DO UPDATE SET article_id = excluded.article_id, fingerprint = excluded.fingerprint, vector = excluded.vector
            """,
            changed.Select(v => new { id = v.PassageId, articleId, fingerprint = v.Fingerprint, vector = v.Vector }),
            transaction);
        connection.Execute("""
            DELETE FROM embedding_backlog WHERE article_id = @articleId;
            UPDATE passage_vector_generation SET generation = generation + 1;
            """, new { articleId }, transaction);
        transaction.Commit();
    }

    public void AddToBacklog(IEnumerable<string> articleIds)
    {
        using var connection = database.Open();
        connection.Execute("INSERT INTO embedding_backlog (article_id) SELECT unnest(@ids) ON CONFLICT DO NOTHING",
            new { ids = articleIds.ToArray() });
    }

    public IReadOnlyList<string> Backlog()
    {
        using var connection = database.Open();
        return connection.Query<string>("SELECT article_id FROM embedding_backlog ORDER BY article_id COLLATE \"C\"").ToList();
    }

    public int Count => Vectors().Count;

    public IReadOnlyList<(string PassageId, float Similarity)> Nearest(float[] query, int top) =>
        VectorMath.Nearest(Vectors(), query, top);

    private List<(string PassageId, float[] Vector)> Vectors()
    {
        using var connection = database.Open();
        var generation = connection.ExecuteScalar<long>("SELECT generation FROM passage_vector_generation");
        lock (_cacheLock)
        {
            if (_cache is { } cached && cached.Generation == generation) return cached.Vectors;
        }
        // Read the rows and their generation in one snapshot, so a concurrent write cannot slip between them.
        using var transaction = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        var current = connection.ExecuteScalar<long>("SELECT generation FROM passage_vector_generation", transaction: transaction);
        var vectors = connection.Query<(string PassageId, float[] Vector)>("SELECT passage_id, vector FROM passage_vectors", transaction: transaction).ToList();
        transaction.Commit();
        lock (_cacheLock) _cache = (current, vectors);
        return vectors;
    }
}
