using System.Globalization;
using Briefing.Core.State;

namespace Briefing.Core.Web;

/// <summary>MinHash signatures, their LSH band buckets and "also reported by" records in <c>state.db</c>.</summary>
public sealed class NearDuplicateStore
{
    private readonly StateDatabase _database;

    public NearDuplicateStore(StateDatabase database)
    {
        _database = database;
        _database.EnsureSchema("""
            CREATE TABLE IF NOT EXISTS web_near_dup_signatures (
                article_id TEXT PRIMARY KEY, shingle_count INTEGER NOT NULL, signature BLOB NOT NULL);
            CREATE TABLE IF NOT EXISTS web_near_dup_bands (
                band INTEGER NOT NULL, bucket INTEGER NOT NULL, article_id TEXT NOT NULL,
                PRIMARY KEY (band, bucket, article_id)) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS web_near_dup_bands_by_article ON web_near_dup_bands (article_id);
            CREATE TABLE IF NOT EXISTS web_also_reported_by (
                article_id TEXT NOT NULL, duplicate_id TEXT NOT NULL, source TEXT, url TEXT, title TEXT,
                recorded_at TEXT NOT NULL, PRIMARY KEY (article_id, duplicate_id));
            """);
    }

    public void Save(string articleId, MinHashSignature signature)
    {
        using var connection = _database.Open();
        using var transaction = connection.BeginTransaction();
        using (var delete = connection.CreateCommand())
        {
            // A changed article replaces its old signature and buckets.
            delete.CommandText = "DELETE FROM web_near_dup_bands WHERE article_id = $id";
            delete.Parameters.AddWithValue("$id", articleId);
            delete.ExecuteNonQuery();
        }
        using (var upsert = connection.CreateCommand())
        {
            upsert.CommandText = "INSERT OR REPLACE INTO web_near_dup_signatures (article_id, shingle_count, signature) VALUES ($id, $count, $signature)";
            upsert.Parameters.AddWithValue("$id", articleId);
            upsert.Parameters.AddWithValue("$count", signature.ShingleCount);
            upsert.Parameters.AddWithValue("$signature", signature.ToBytes());
            upsert.ExecuteNonQuery();
        }
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT OR IGNORE INTO web_near_dup_bands (band, bucket, article_id) VALUES ($band, $bucket, $id)";
        var band = insert.Parameters.Add("$band", Microsoft.Data.Sqlite.SqliteType.Integer);
        var bucket = insert.Parameters.Add("$bucket", Microsoft.Data.Sqlite.SqliteType.Integer);
        insert.Parameters.AddWithValue("$id", articleId);
        for (var i = 0; i < MinHashSignature.Bands; i++)
        {
            band.Value = i;
            bucket.Value = signature.BandKey(i);
            insert.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>Articles sharing at least one band bucket with <paramref name="signature"/>, with their signatures.</summary>
    public List<(string ArticleId, MinHashSignature Signature)> FindCandidates(MinHashSignature signature)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.article_id, s.shingle_count, s.signature FROM web_near_dup_signatures s
            WHERE s.article_id IN (SELECT article_id FROM web_near_dup_bands WHERE band = $band AND bucket = $bucket)
            """;
        var band = command.Parameters.Add("$band", Microsoft.Data.Sqlite.SqliteType.Integer);
        var bucket = command.Parameters.Add("$bucket", Microsoft.Data.Sqlite.SqliteType.Integer);
        var found = new Dictionary<string, MinHashSignature>(StringComparer.Ordinal);
        for (var i = 0; i < MinHashSignature.Bands; i++)
        {
            band.Value = i;
            bucket.Value = signature.BandKey(i);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetString(0);
                if (!found.ContainsKey(id)) found[id] = MinHashSignature.FromBytes((byte[])reader[2], reader.GetInt32(1));
            }
        }
        return found.Select(pair => (pair.Key, pair.Value)).ToList();
    }

    public void AddReport(string articleId, string duplicateId, string? source, string? url, string? title, DateTimeOffset recorded)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR REPLACE INTO web_also_reported_by (article_id, duplicate_id, source, url, title, recorded_at)
            VALUES ($id, $duplicate, $source, $url, $title, $recorded)
            """;
        command.Parameters.AddWithValue("$id", articleId);
        command.Parameters.AddWithValue("$duplicate", duplicateId);
        command.Parameters.AddWithValue("$source", (object?)source ?? DBNull.Value);
        command.Parameters.AddWithValue("$url", (object?)url ?? DBNull.Value);
        command.Parameters.AddWithValue("$title", (object?)title ?? DBNull.Value);
        command.Parameters.AddWithValue("$recorded", recorded.ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    /// <summary>Who else reported an article: each record's source, else its URL, else its id; in recorded order.</summary>
    public List<string> Reports(string articleId)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COALESCE(source, url, duplicate_id) FROM web_also_reported_by WHERE article_id = $id ORDER BY recorded_at, duplicate_id
            """;
        command.Parameters.AddWithValue("$id", articleId);
        using var reader = command.ExecuteReader();
        var reports = new List<string>();
        while (reader.Read()) if (!reports.Contains(reader.GetString(0))) reports.Add(reader.GetString(0));
        return reports;
    }
}
