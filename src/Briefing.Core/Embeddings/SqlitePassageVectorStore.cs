using Briefing.Core.Configuration;
using Briefing.Core.State;
using Dapper;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Embeddings;

/// <summary>
/// Passage vectors in <c>vectors.db</c> under the data folder (schema: <c>State/Migrations/Vectors/</c>), with an
/// in-memory copy for brute-force nearest-neighbour search (ten thousand 1,536-dimension vectors scan in a few
/// milliseconds). Each row remembers a fingerprint of the model and text it was made from, so only changed passages
/// are re-embedded.
/// </summary>
public sealed class SqlitePassageVectorStore : IPassageVectorStore
{
    private readonly StateDatabase _database;
    private readonly Lock _cacheLock = new();
    private List<(string PassageId, float[] Vector)>? _cache;

    public SqlitePassageVectorStore(IOptions<BriefingOptions> options)
        : this(Path.Combine(options.Value.DataDirFullPath, "vectors.db"))
    {
    }

    public SqlitePassageVectorStore(string filePath)
    {
        _database = new StateDatabase(filePath, SchemaMigrations.Vectors);
    }

    /// <summary>Fingerprints of an article's stored passage vectors, by passage id.</summary>
    public IReadOnlyDictionary<string, string> Fingerprints(string articleId)
    {
        using var connection = _database.Open();
        return connection
            .Query<(string PassageId, string Fingerprint)>(
                "SELECT passage_id, fingerprint FROM passage_vectors WHERE article_id = @articleId", new { articleId })
            .ToDictionary(row => row.PassageId, row => row.Fingerprint, StringComparer.Ordinal);
    }

    /// <summary>Stores new vectors for an article and drops those of passages it no longer has.</summary>
    public void Update(string articleId, IReadOnlyCollection<string> currentPassageIds, IReadOnlyList<StoredVector> changed)
    {
        var stalePassages = Fingerprints(articleId).Keys.Except(currentPassageIds).ToList();
        using var connection = _database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM passage_vectors WHERE passage_id = @id",
            stalePassages.Select(id => new { id }), transaction);
        connection.Execute(
            "INSERT OR REPLACE INTO passage_vectors (passage_id, article_id, fingerprint, vector) VALUES (@id, @articleId, @fingerprint, @vector)",
            changed.Select(v => new { id = v.PassageId, articleId, fingerprint = v.Fingerprint, vector = ToBytes(v.Vector) }),
            transaction);
        connection.Execute("DELETE FROM embedding_backlog WHERE article_id = @articleId", new { articleId }, transaction);
        transaction.Commit();
        lock (_cacheLock) _cache = null;
    }

    /// <summary>Remembers articles whose embedding failed, to retry on the next ingest.</summary>
    public void AddToBacklog(IEnumerable<string> articleIds)
    {
        using var connection = _database.Open();
        connection.Execute("INSERT OR IGNORE INTO embedding_backlog (article_id) VALUES (@id)", articleIds.Select(id => new { id }));
    }

    public IReadOnlyList<string> Backlog()
    {
        using var connection = _database.Open();
        return connection.Query<string>("SELECT article_id FROM embedding_backlog ORDER BY article_id").ToList();
    }

    public int Count => Vectors().Count;

    /// <summary>The passages most similar to a unit-length query vector.</summary>
    public IReadOnlyList<(string PassageId, float Similarity)> Nearest(float[] query, int top) =>
        VectorMath.Nearest(Vectors(), query, top);

    private List<(string PassageId, float[] Vector)> Vectors()
    {
        lock (_cacheLock)
        {
            if (_cache is not null) return _cache;
            using var connection = _database.Open();
            return _cache = connection
                .Query<(string PassageId, byte[] Vector)>("SELECT passage_id, vector FROM passage_vectors")
                .Select(row => (row.PassageId, FromBytes(row.Vector)))
                .ToList();
        }
    }

    private static byte[] ToBytes(float[] vector)
    {
        var bytes = new byte[vector.Length * sizeof(float)];
        Buffer.BlockCopy(vector, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    private static float[] FromBytes(byte[] bytes)
    {
        var vector = new float[bytes.Length / sizeof(float)];
        Buffer.BlockCopy(bytes, 0, vector, 0, bytes.Length);
        return vector;
    }
}
