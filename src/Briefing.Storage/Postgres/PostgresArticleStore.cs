using System.Globalization;
using System.Text.Json;
using Briefing.Core.Articles;
using Briefing.Core.Storage;
using Dapper;
using Npgsql;

namespace Briefing.Storage.Postgres;

/// <summary>
/// <see cref="IArticleStore"/> on PostgreSQL (migration <c>0008_articles</c>), shared by every instance. Each write takes
/// the next number from <c>article_sequence</c> inside its transaction; the row lock serialises writers until commit,
/// so sequence order is commit order and <see cref="ChangesAfter"/> never shows a later change before an earlier one.
/// Every change also sends <see cref="ChangeChannel"/> (at commit) to wake the other instances' replicas. An ingest
/// writes through a <see cref="PostgresWriteBatch"/> (<see cref="BeginWriteBatch"/>): its articles commit together.
/// </summary>
public sealed class PostgresArticleStore(PostgresDatabase database) : IArticleStore
{
    /// <summary>The LISTEN/NOTIFY channel; the payload is the change sequence.</summary>
    public const string ChangeChannel = "briefing_article_changes";

    private const string Columns =
        "article_id AS ArticleId, seq AS Sequence, removed, content_hash AS ContentHash, title, source, url, published, language, ingested, origin, paragraphs";

    public StoredArticle? Get(string articleId)
    {
        using var call = database.Connect();
        var row = call.Connection.QuerySingleOrDefault<ArticleRow>(
            $"SELECT {Columns} FROM articles WHERE article_id = @articleId AND NOT removed", new { articleId }, call.Transaction);
        return row is null ? null : ToStored(row);
    }

    public IReadOnlyList<ArticleHeader> Headers()
    {
        using var call = database.Connect();
        return call.Connection.Query<(string Id, string? Title, string? Source, string? Url, string? Published, string? Ingested, string? Language)>(
                "SELECT article_id, title, source, url, published, ingested, language FROM articles WHERE NOT removed", transaction: call.Transaction)
            .Select(row => new ArticleHeader(row.Id, row.Title ?? "", row.Source, row.Url, Parse(row.Published), Parse(row.Ingested), row.Language ?? ""))
            .ToList();
    }

    public string? FindIdByContentHash(string contentHash)
    {
        using var call = database.Connect();
        return call.Connection.QueryFirstOrDefault<string?>(
            "SELECT article_id FROM articles WHERE content_hash = @contentHash AND NOT removed LIMIT 1", new { contentHash }, call.Transaction);
    }

    /// <summary>
    /// One statement (one round trip): the next sequence number, the row, and outside a batch the change notification
    /// (a batch sends one for all its changes at its commit).
    /// </summary>
    public long Save(Article article, string contentHash)
    {
        using var call = database.Connect();
        using var transaction = call.BeginTransaction();
        var notify = call.Batch is null ? ", pg_notify(@channel, seq::text)" : "";
        var sequence = call.Connection.ExecuteScalar<long>($"""
            WITH next AS (UPDATE article_sequence SET value = value + 1 WHERE id = 1 RETURNING value),
            saved AS (
                INSERT INTO articles (article_id, seq, removed, content_hash, title, source, url, published, language, ingested, origin, paragraphs)
                SELECT @Id, next.value, FALSE, @contentHash, @Title, @Source, @Url, @published, @Language, @ingested, @Origin, @paragraphs FROM next
                ON CONFLICT (article_id) DO UPDATE SET seq = excluded.seq, removed = FALSE, content_hash = excluded.content_hash,
                    title = excluded.title, source = excluded.source, url = excluded.url, published = excluded.published,
                    language = excluded.language, ingested = excluded.ingested, origin = excluded.origin, paragraphs = excluded.paragraphs
                RETURNING seq)
            SELECT seq{notify} FROM saved
            """,
            new
            {
                article.Id, contentHash, article.Title, article.Source, article.Url, published = Format(article.Published),
                article.Language, ingested = Format(article.Ingested), article.Origin, paragraphs = JsonSerializer.Serialize(article.Paragraphs),
                channel = ChangeChannel,
            },
            transaction.Transaction);
        call.Batch?.ChangeWritten(sequence);
        transaction.Commit();
        return sequence;
    }

    public long? Remove(string articleId)
    {
        using var call = database.Connect();
        // Within a batch the statement runs under a savepoint: when nothing was removed, rolling back to it returns
        // the sequence number as a rollback of a transaction of its own does (no gap).
        using var transaction = call.BeginTransaction();
        const string Savepoint = "article_remove";
        if (call.Batch is not null) transaction.Transaction.Save(Savepoint);
        var sequence = NextSequence(call.Connection, transaction.Transaction);
        var removed = call.Connection.Execute("""
            UPDATE articles SET seq = @sequence, removed = TRUE, content_hash = NULL, paragraphs = NULL
            WHERE article_id = @articleId AND NOT removed
            """, new { articleId, sequence }, transaction.Transaction);
        if (removed == 0)
        {
            if (call.Batch is not null) transaction.Transaction.Rollback(Savepoint);
            return null; // the rollback returns the number: no gap, no change
        }
        if (call.Batch is { } batch) batch.ChangeWritten(sequence);
        else Notify(call.Connection, transaction.Transaction, sequence);
        transaction.Commit();
        return sequence;
    }

    public IReadOnlyList<ArticleChange> ChangesAfter(long sequence, int limit)
    {
        using var call = database.Connect();
        return call.Connection.Query<ArticleRow>(
                $"SELECT {Columns} FROM articles WHERE seq > @sequence ORDER BY seq LIMIT @limit", new { sequence, limit }, call.Transaction)
            .Select(row => new ArticleChange(row.Sequence, row.ArticleId, row.Removed ? null : ToStored(row)))
            .ToList();
    }

    public long LastSequence
    {
        get
        {
            using var call = database.Connect();
            return call.Connection.ExecuteScalar<long>("SELECT value FROM article_sequence WHERE id = 1", transaction: call.Transaction);
        }
    }

    public int Count
    {
        get
        {
            using var call = database.Connect();
            return call.Connection.ExecuteScalar<int>("SELECT count(*)::int FROM articles WHERE NOT removed", transaction: call.Transaction);
        }
    }

    /// <summary>
    /// Groups this flow's article and near-duplicate writes into one transaction (<see cref="PostgresWriteBatch"/>): one
    /// commit and one notification per batch instead of per article, and reads on the flow see the batch's writes.
    /// </summary>
    public IArticleWriteBatch BeginWriteBatch() => database.BeginWriteBatch();

    private static long NextSequence(NpgsqlConnection connection, NpgsqlTransaction transaction) =>
        connection.ExecuteScalar<long>("UPDATE article_sequence SET value = value + 1 WHERE id = 1 RETURNING value", transaction: transaction);

    private static void Notify(NpgsqlConnection connection, NpgsqlTransaction transaction, long sequence) =>
        connection.Execute("SELECT pg_notify(@channel, @payload)",
            new { channel = ChangeChannel, payload = sequence.ToString(CultureInfo.InvariantCulture) }, transaction);

    private static StoredArticle ToStored(ArticleRow row) => new(
        new Article
        {
            Id = row.ArticleId,
            Title = row.Title ?? "",
            Source = row.Source,
            Url = row.Url,
            Published = Parse(row.Published),
            Language = row.Language ?? "",
            Ingested = Parse(row.Ingested),
            Origin = row.Origin,
            Paragraphs = JsonSerializer.Deserialize<List<string>>(row.Paragraphs ?? "[]") ?? [],
        },
        row.ContentHash ?? "",
        row.Sequence);

    private static string? Format(DateTimeOffset? time) => time?.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Parse(string? text) =>
        text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    /// <summary>One <c>articles</c> row as Dapper maps it (by the column aliases of <see cref="Columns"/>).</summary>
    private sealed record ArticleRow(
        string ArticleId, long Sequence, bool Removed, string? ContentHash, string? Title, string? Source, string? Url,
        string? Published, string? Language, string? Ingested, string? Origin, string? Paragraphs);
}
