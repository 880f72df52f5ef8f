using Briefing.Core.Configuration;
using Briefing.Core.State;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Embeddings;

/// <summary>
/// Passage vectors in <c>vectors.db</c> under the data folder, with an in-memory copy for brute-force
/// nearest-neighbour search (ten thousand 1,536-dimension vectors scan in a few milliseconds).
/// Each row remembers a fingerprint of the model and text it was made from, so only changed passages are re-embedded.
/// </summary>
public sealed class PassageVectorStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS passage_vectors (
            passage_id TEXT PRIMARY KEY, article_id TEXT NOT NULL, fingerprint TEXT NOT NULL, vector BLOB NOT NULL);
        CREATE INDEX IF NOT EXISTS passage_vectors_article ON passage_vectors(article_id);
        CREATE TABLE IF NOT EXISTS embedding_backlog (article_id TEXT PRIMARY KEY);
        """;

    private readonly StateDatabase _database;
    private readonly Lock _cacheLock = new();
    private List<(string PassageId, float[] Vector)>? _cache;

    public PassageVectorStore(IOptions<BriefingOptions> options)
        : this(Path.Combine(options.Value.DataDirFullPath, "vectors.db"))
    {
    }

    public PassageVectorStore(string filePath)
    {
        _database = new StateDatabase(filePath);
        _database.EnsureSchema(Schema);
    }

    /// <summary>Fingerprints of an article's stored passage vectors, by passage id.</summary>
    public IReadOnlyDictionary<string, string> Fingerprints(string articleId)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT passage_id, fingerprint FROM passage_vectors WHERE article_id = $article";
        command.Parameters.AddWithValue("$article", articleId);
        using var reader = command.ExecuteReader();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read()) result[reader.GetString(0)] = reader.GetString(1);
        return result;
    }

    /// <summary>Stores new vectors for an article and drops those of passages it no longer has.</summary>
    public void Update(string articleId, IReadOnlyCollection<string> currentPassageIds, IReadOnlyList<StoredVector> changed)
    {
        var stalePassages = Fingerprints(articleId).Keys.Except(currentPassageIds).ToList();
        using var connection = _database.Open();
        using var transaction = connection.BeginTransaction();
        foreach (var stale in stalePassages)
            Execute(connection, "DELETE FROM passage_vectors WHERE passage_id = $id", ("$id", stale));
        foreach (var vector in changed)
        {
            Execute(connection,
                "INSERT OR REPLACE INTO passage_vectors (passage_id, article_id, fingerprint, vector) VALUES ($id, $article, $fingerprint, $vector)",
                ("$id", vector.PassageId), ("$article", articleId), ("$fingerprint", vector.Fingerprint), ("$vector", ToBytes(vector.Vector)));
        }
        Execute(connection, "DELETE FROM embedding_backlog WHERE article_id = $article", ("$article", articleId));
        transaction.Commit();
        lock (_cacheLock) _cache = null;
    }

    /// <summary>Remembers articles whose embedding failed, to retry on the next ingest.</summary>
    public void AddToBacklog(IEnumerable<string> articleIds)
    {
        using var connection = _database.Open();
        foreach (var id in articleIds) Execute(connection, "INSERT OR IGNORE INTO embedding_backlog (article_id) VALUES ($id)", ("$id", id));
    }

    public IReadOnlyList<string> Backlog()
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT article_id FROM embedding_backlog ORDER BY article_id";
        using var reader = command.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    public int Count => Vectors().Count;

    /// <summary>The passages most similar to a unit-length query vector.</summary>
    public IReadOnlyList<(string PassageId, float Similarity)> Nearest(float[] query, int top) =>
        Vectors()
            .Select(v => (v.PassageId, Similarity: VectorMath.Similarity(query, v.Vector)))
            .OrderByDescending(v => v.Similarity)
            .Take(top)
            .ToList();

    private List<(string PassageId, float[] Vector)> Vectors()
    {
        lock (_cacheLock)
        {
            if (_cache is not null) return _cache;
            using var connection = _database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT passage_id, vector FROM passage_vectors";
            using var reader = command.ExecuteReader();
            var vectors = new List<(string, float[])>();
            while (reader.Read()) vectors.Add((reader.GetString(0), FromBytes((byte[])reader[1])));
            return _cache = vectors;
        }
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
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
