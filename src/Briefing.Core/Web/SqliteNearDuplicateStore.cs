using System.Globalization;
using Briefing.Core.State;
using Dapper;

namespace Briefing.Core.Web;

/// <summary>
/// MinHash signatures, their LSH band buckets and "also reported by" records in <c>state.db</c>
/// (migration <c>0004_web_near_duplicates</c>).
/// </summary>
public sealed class SqliteNearDuplicateStore(StateDatabase database) : INearDuplicateStore
{
    public void Save(string articleId, MinHashSignature signature)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        // A changed article replaces its old signature and buckets.
        connection.Execute("DELETE FROM web_near_dup_bands WHERE article_id = @articleId", new { articleId }, transaction);
        connection.Execute(
            "INSERT OR REPLACE INTO web_near_dup_signatures (article_id, shingle_count, signature) VALUES (@articleId, @count, @bytes)",
            new { articleId, count = signature.ShingleCount, bytes = signature.ToBytes() }, transaction);
        connection.Execute(
            "INSERT OR IGNORE INTO web_near_dup_bands (band, bucket, article_id) VALUES (@band, @bucket, @articleId)",
            Enumerable.Range(0, MinHashSignature.Bands).Select(band => new { band, bucket = signature.BandKey(band), articleId }),
            transaction);
        transaction.Commit();
    }

    /// <summary>
    /// Stored articles sharing at least one band bucket with <paramref name="signature"/>, with their signatures. Only
    /// articles the article store holds count (0008_articles): a signature left by a removed article, or written
    /// just before a crash, is never an "original". The store check is a look-up by key per candidate: an
    /// <c>IN (SELECT … FROM articles)</c> list read every stored article per band, which made ingest quadratic.
    /// </summary>
    public List<(string ArticleId, MinHashSignature Signature)> FindCandidates(MinHashSignature signature)
    {
        using var connection = database.Open();
        var found = new Dictionary<string, MinHashSignature>(StringComparer.Ordinal);
        for (var band = 0; band < MinHashSignature.Bands; band++)
        {
            var rows = connection.Query<(string ArticleId, long ShingleCount, byte[] Signature)>("""
                SELECT s.article_id, s.shingle_count, s.signature FROM web_near_dup_signatures s
                JOIN web_near_dup_bands b ON b.article_id = s.article_id
                WHERE b.band = @band AND b.bucket = @bucket
                  AND EXISTS (SELECT 1 FROM articles a WHERE a.article_id = s.article_id AND a.removed = 0)
                """, new { band, bucket = signature.BandKey(band) });
            foreach (var row in rows)
                found.TryAdd(row.ArticleId, MinHashSignature.FromBytes(row.Signature, (int)row.ShingleCount));
        }
        return found.Select(pair => (pair.Key, pair.Value)).ToList();
    }

    public void AddReport(string articleId, string duplicateId, string? source, string? url, string? title, DateTimeOffset recorded)
    {
        using var connection = database.Open();
        connection.Execute("""
            INSERT OR REPLACE INTO web_also_reported_by (article_id, duplicate_id, source, url, title, recorded_at)
            VALUES (@articleId, @duplicateId, @source, @url, @title, @recorded)
            """, new { articleId, duplicateId, source, url, title, recorded = recorded.ToString("O", CultureInfo.InvariantCulture) });
    }

    /// <summary>Who else reported an article: each record's source, else its URL, else its id; in recorded order.</summary>
    public List<string> Reports(string articleId)
    {
        using var connection = database.Open();
        return connection.Query<string>("""
            SELECT COALESCE(source, url, duplicate_id) FROM web_also_reported_by WHERE article_id = @articleId ORDER BY recorded_at, duplicate_id
            """, new { articleId })
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    public void Forget(IReadOnlyCollection<string> articleIds)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("""
            DELETE FROM web_near_dup_bands WHERE article_id = @articleId;
            DELETE FROM web_near_dup_signatures WHERE article_id = @articleId;
            DELETE FROM web_also_reported_by WHERE article_id = @articleId OR duplicate_id = @articleId;
            """, articleIds.Select(articleId => new { articleId }), transaction);
        transaction.Commit();
    }
}
