using System.Globalization;
using Briefing.Core.State;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Briefing.Core.Web;

/// <summary>
/// MinHash signatures, their LSH band buckets and "also reported by" records in <c>state.db</c>
/// (migration <c>0004_web_near_duplicates</c>).
/// </summary>
public sealed class SqliteNearDuplicateStore(StateDatabase database) : INearDuplicateStore
{
    public void Save(string articleId, MinHashSignature signature)
    {
        using var state = database.Connect();
        using var write = state.BeginTransaction();
        // Prepared once per ingest batch (StateConnection.Repeated): these run for every new article.
        // A changed article replaces its old signature and buckets.
        using (var delete = state.Repeated("DELETE FROM web_near_dup_bands WHERE article_id = $id", AddArticleParameter))
        {
            delete.Command.Parameters[0].Value = articleId;
            delete.Command.ExecuteNonQuery();
        }
        using (var save = state.Repeated(
            "INSERT OR REPLACE INTO web_near_dup_signatures (article_id, shingle_count, signature) VALUES ($id, $count, $bytes)",
            command =>
            {
                AddArticleParameter(command);
                command.Parameters.Add("$count", SqliteType.Integer);
                command.Parameters.Add("$bytes", SqliteType.Blob);
            }))
        {
            save.Command.Parameters[0].Value = articleId;
            save.Command.Parameters[1].Value = signature.ShingleCount;
            save.Command.Parameters[2].Value = signature.ToBytes();
            save.Command.ExecuteNonQuery();
        }
        using (var bands = state.Repeated(BandRowsSql, command =>
            {
                AddArticleParameter(command);
                AddBandParameters(command);
            }))
        {
            // All 32 band rows in one statement: one step of SQLite's VM instead of 32 executions, each of which paid
            // Microsoft.Data.Sqlite's binding and reset (bench/README.md, issue 13 seventh session).
            bands.Command.Parameters[0].Value = articleId;
            for (var i = 0; i < MinHashSignature.Bands; i++) bands.Command.Parameters[i + 1].Value = signature.BandKey(i);
            bands.Command.ExecuteNonQuery();
        }
        write.Commit();
    }

    private static void AddArticleParameter(SqliteCommand command) => command.Parameters.Add("$id", SqliteType.Text);

    /// <summary>
    /// Stored articles sharing at least one band bucket with <paramref name="signature"/>, with their signatures, in one
    /// query for all bands. Only articles the article store holds count (0008_articles): a signature left by a removed
    /// article, or written just before a crash, is never an "original". The store check is a look-up by key per
    /// candidate: an <c>IN (SELECT … FROM articles)</c> list read every stored article per band (ingest was quadratic).
    /// </summary>
    public List<(string ArticleId, MinHashSignature Signature)> FindCandidates(MinHashSignature signature)
    {
        using var state = database.Connect();
        // Once per ingest batch, not per article: planning the 32-way OR cost more than running it (bench/README.md).
        using var repeated = state.Repeated(CandidatesSql, AddBandParameters);
        var command = repeated.Command;
        for (var band = 0; band < MinHashSignature.Bands; band++) command.Parameters[band].Value = signature.BandKey(band);
        var found = new Dictionary<string, MinHashSignature>(StringComparer.Ordinal);
        using var rows = command.ExecuteReader();
        while (rows.Read())
        {
            var articleId = rows.GetString(0);
            if (!found.ContainsKey(articleId)) found[articleId] = MinHashSignature.FromBytes((byte[])rows.GetValue(2), (int)rows.GetInt64(1));
        }
        return found.Select(pair => (pair.Key, pair.Value)).ToList();
    }

    private static void AddBandParameters(SqliteCommand command)
    {
        for (var band = 0; band < MinHashSignature.Bands; band++) command.Parameters.Add($"@k{band}", SqliteType.Integer);
    }

    /// <summary>The signature's band rows: <c>(i, @ki, $id)</c> for each band i.</summary>
    private static readonly string BandRowsSql =
        "INSERT OR IGNORE INTO web_near_dup_bands (band, bucket, article_id) VALUES " +
        string.Join(", ", Enumerable.Range(0, MinHashSignature.Bands).Select(band => $"({band}, @k{band}, $id)"));

    /// <summary>One <c>(band = i AND bucket = @ki)</c> term per band: SQLite answers each from the primary key.</summary>
    private static readonly string CandidatesSql = $"""
        SELECT s.article_id, s.shingle_count, s.signature FROM web_near_dup_bands b
        JOIN web_near_dup_signatures s ON s.article_id = b.article_id
        WHERE ({string.Join(" OR ", Enumerable.Range(0, MinHashSignature.Bands).Select(band => $"(b.band = {band} AND b.bucket = @k{band})"))})
          AND EXISTS (SELECT 1 FROM articles a WHERE a.article_id = s.article_id AND a.removed = 0)
        ORDER BY b.band, b.article_id
        """;

    public void AddReport(string articleId, string duplicateId, string? source, string? url, string? title, DateTimeOffset recorded)
    {
        using var state = database.Connect();
        var connection = state.Connection;
        connection.Execute("""
            INSERT OR REPLACE INTO web_also_reported_by (article_id, duplicate_id, source, url, title, recorded_at)
            VALUES (@articleId, @duplicateId, @source, @url, @title, @recorded)
            """, new { articleId, duplicateId, source, url, title, recorded = recorded.ToString("O", CultureInfo.InvariantCulture) }, state.Transaction);
    }

    /// <summary>Who else reported an article: each record's source, else its URL, else its id; in recorded order.</summary>
    public List<string> Reports(string articleId)
    {
        using var state = database.Connect();
        var connection = state.Connection;
        return connection.Query<string>("""
            SELECT COALESCE(source, url, duplicate_id) FROM web_also_reported_by WHERE article_id = @articleId ORDER BY recorded_at, duplicate_id
            """, new { articleId }, state.Transaction)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    public void Forget(IReadOnlyCollection<string> articleIds)
    {
        using var state = database.Connect();
        var connection = state.Connection;
        using var write = state.BeginTransaction();
        var transaction = write.Transaction;
        connection.Execute("""
            DELETE FROM web_near_dup_bands WHERE article_id = @articleId;
            DELETE FROM web_near_dup_signatures WHERE article_id = @articleId;
            DELETE FROM web_also_reported_by WHERE article_id = @articleId OR duplicate_id = @articleId;
            """, articleIds.Select(articleId => new { articleId }), transaction);
        write.Commit();
    }
}
