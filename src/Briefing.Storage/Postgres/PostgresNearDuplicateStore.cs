using Briefing.Core.Web;
using Dapper;

namespace Briefing.Storage.Postgres;

/// <summary>
/// <see cref="INearDuplicateStore"/> on PostgreSQL (migration <c>0004_web_near_duplicates</c>). Its calls join the flow's
/// <see cref="PostgresWriteBatch"/> when there is one: an article and its signature commit together.
/// </summary>
public sealed class PostgresNearDuplicateStore(PostgresDatabase database) : INearDuplicateStore
{
    /// <summary>
    /// One round trip: the old buckets go, the new ones and the signature are written — unless the table already holds
    /// this very signature (a replica's catch-up re-deriving what the writing instance stored with the article), in
    /// which case nothing is written and no row is locked, so a catch-up never waits for, or blocks, an ingest.
    /// </summary>
    public void Save(string articleId, MinHashSignature signature)
    {
        using var call = database.Connect();
        using var transaction = call.BeginTransaction();
        const string Unchanged =
            "EXISTS (SELECT 1 FROM web_near_dup_signatures WHERE article_id = @articleId AND shingle_count = @count AND signature = @bytes)";
        // Statements run in order, each seeing the ones before: the signature is written last, after the checks.
        call.Connection.Execute($"""
            DELETE FROM web_near_dup_bands WHERE article_id = @articleId AND NOT {Unchanged};
            INSERT INTO web_near_dup_bands (band, bucket, article_id)
            SELECT band, bucket, @articleId FROM unnest(@bands, @buckets) AS b(band, bucket) WHERE NOT {Unchanged}
            ON CONFLICT DO NOTHING;
            INSERT INTO web_near_dup_signatures (article_id, shingle_count, signature)
            SELECT @articleId, @count, @bytes WHERE NOT {Unchanged}
            ON CONFLICT (article_id) DO UPDATE SET shingle_count = excluded.shingle_count, signature = excluded.signature;
            """,
            new
            {
                articleId,
                count = signature.ShingleCount,
                bytes = signature.ToBytes(),
                bands = Enumerable.Range(0, MinHashSignature.Bands).ToArray(),
                buckets = Enumerable.Range(0, MinHashSignature.Bands).Select(signature.BandKey).ToArray(),
            },
            transaction.Transaction);
        transaction.Commit();
    }

    /// <summary>
    /// Stored articles sharing at least one band bucket with <paramref name="signature"/>, with their signatures (one query
    /// for all bands). Only articles the article store holds count: a signature written just before a crash, or left by
    /// a removed article, is never an "original".
    /// </summary>
    public List<(string ArticleId, MinHashSignature Signature)> FindCandidates(MinHashSignature signature)
    {
        using var call = database.Connect();
        return call.Connection.Query<(string ArticleId, int ShingleCount, byte[] Signature)>("""
                SELECT s.article_id, s.shingle_count, s.signature FROM web_near_dup_signatures s
                WHERE s.article_id IN (SELECT b.article_id FROM web_near_dup_bands b
                    JOIN unnest(@bands, @buckets) AS q(band, bucket) ON b.band = q.band AND b.bucket = q.bucket)
                  AND s.article_id IN (SELECT article_id FROM articles WHERE NOT removed)
                ORDER BY s.article_id
                """,
                new
                {
                    bands = Enumerable.Range(0, MinHashSignature.Bands).ToArray(),
                    buckets = Enumerable.Range(0, MinHashSignature.Bands).Select(signature.BandKey).ToArray(),
                },
                call.Transaction)
            .Select(row => (row.ArticleId, MinHashSignature.FromBytes(row.Signature, row.ShingleCount)))
            .ToList();
    }

    public void AddReport(string articleId, string duplicateId, string? source, string? url, string? title, DateTimeOffset recorded)
    {
        using var call = database.Connect();
        call.Connection.Execute("""
            INSERT INTO web_also_reported_by (article_id, duplicate_id, source, url, title, recorded_at)
            VALUES (@articleId, @duplicateId, @source, @url, @title, @recorded)
            ON CONFLICT (article_id, duplicate_id) DO UPDATE SET source = excluded.source, url = excluded.url,
                title = excluded.title, recorded_at = excluded.recorded_at
            """, new { articleId, duplicateId, source, url, title, recorded = recorded.UtcDateTime }, call.Transaction);
    }

    public List<string> Reports(string articleId)
    {
        using var call = database.Connect();
        return call.Connection.Query<string>("""
            SELECT COALESCE(source, url, duplicate_id) FROM web_also_reported_by WHERE article_id = @articleId
            ORDER BY recorded_at, duplicate_id COLLATE "C"
            """, new { articleId }, call.Transaction)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    public void Forget(IReadOnlyCollection<string> articleIds)
    {
        using var call = database.Connect();
        using var transaction = call.BeginTransaction();
        var ids = articleIds.ToArray();
        call.Connection.Execute("""
            DELETE FROM web_near_dup_bands WHERE article_id = ANY(@ids);
            DELETE FROM web_near_dup_signatures WHERE article_id = ANY(@ids);
            DELETE FROM web_also_reported_by WHERE article_id = ANY(@ids) OR duplicate_id = ANY(@ids);
            """, new { ids }, transaction.Transaction);
        transaction.Commit();
    }
}
