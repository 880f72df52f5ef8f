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
/// Every change also sends <see cref="ChangeChannel"/> (at commit) to wake the other instances' replicas.
/// </summary>
public sealed class PostgresArticleStore(PostgresDatabase database) : IArticleStore
{
    /// <summary>The LISTEN/NOTIFY channel; the payload is the change sequence.</summary>
    public const string ChangeChannel = "briefing_article_changes";

    private const string Columns =
        "article_id AS ArticleId, seq AS Sequence, removed, content_hash AS ContentHash, title, source, url, published, language, ingested, origin, paragraphs";

    public StoredArticle? Get(string articleId)
    {
        using var connection = database.Open();
        var row = connection.QuerySingleOrDefault<ArticleRow>(
            $"SELECT {Columns} FROM articles WHERE article_id = @articleId AND NOT removed", new { articleId });
        return row is null ? null : ToStored(row);
    }

    public IReadOnlyList<ArticleHeader> Headers()
    {
        using var connection = database.Open();
        return connection.Query<(string Id, string? Title, string? Source, string? Url, string? Published, string? Ingested, string? Language)>(
                "SELECT article_id, title, source, url, published, ingested, language FROM articles WHERE NOT removed")
            .Select(row => new ArticleHeader(row.Id, row.Title ?? "", row.Source, row.Url, Parse(row.Published), Parse(row.Ingested), row.Language ?? ""))
            .ToList();
    }

    public string? FindIdByContentHash(string contentHash)
    {
        using var connection = database.Open();
        return connection.QueryFirstOrDefault<string?>(
            "SELECT article_id FROM articles WHERE content_hash = @contentHash AND NOT removed LIMIT 1", new { contentHash });
    }

    public long Save(Article article, string contentHash)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var sequence = NextSequence(connection, transaction);
        connection.Execute("""
            INSERT INTO articles (article_id, seq, removed, content_hash, title, source, url, published, language, ingested, origin, paragraphs)
            VALUES (@Id, @sequence, FALSE, @contentHash, @Title, @Source, @Url, @published, @Language, @ingested, @Origin, @paragraphs)
            ON CONFLICT (article_id) DO UPDATE SET seq = excluded.seq, removed = FALSE, content_hash = excluded.content_hash,
                title = excluded.title, source = excluded.source, url = excluded.url, published = excluded.published,
                language = excluded.language, ingested = excluded.ingested, origin = excluded.origin, paragraphs = excluded.paragraphs
            """,
            new
            {
                article.Id, sequence, contentHash, article.Title, article.Source, article.Url, published = Format(article.Published),
                article.Language, ingested = Format(article.Ingested), article.Origin, paragraphs = JsonSerializer.Serialize(article.Paragraphs),
            },
            transaction);
        Notify(connection, transaction, sequence);
        transaction.Commit();
        return sequence;
    }

    public long? Remove(string articleId)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        var sequence = NextSequence(connection, transaction);
        var removed = connection.Execute("""
            UPDATE articles SET seq = @sequence, removed = TRUE, content_hash = NULL, paragraphs = NULL
            WHERE article_id = @articleId AND NOT removed
            """, new { articleId, sequence }, transaction);
        if (removed == 0) return null; // the rollback returns the number: no gap, no change
        Notify(connection, transaction, sequence);
        transaction.Commit();
        return sequence;
    }

    public IReadOnlyList<ArticleChange> ChangesAfter(long sequence, int limit)
    {
        using var connection = database.Open();
        return connection.Query<ArticleRow>(
                $"SELECT {Columns} FROM articles WHERE seq > @sequence ORDER BY seq LIMIT @limit", new { sequence, limit })
            .Select(row => new ArticleChange(row.Sequence, row.ArticleId, row.Removed ? null : ToStored(row)))
            .ToList();
    }

    public long LastSequence
    {
        get
        {
            using var connection = database.Open();
            return connection.ExecuteScalar<long>("SELECT value FROM article_sequence WHERE id = 1");
        }
    }

    public int Count
    {
        get
        {
            using var connection = database.Open();
            return connection.ExecuteScalar<int>("SELECT count(*)::int FROM articles WHERE NOT removed");
        }
    }

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
