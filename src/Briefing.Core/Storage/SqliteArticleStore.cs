using System.Globalization;
using System.Text.Json;
using Briefing.Core.Articles;
using Briefing.Core.State;
using Microsoft.Data.Sqlite;

namespace Briefing.Core.Storage;

/// <summary>
/// <see cref="IArticleStore"/> in <c>state.db</c> (migration <c>0008_articles</c>): one row per article id; a removal keeps the row as a tombstone
/// (text cleared) under a new sequence, so whoever follows the sequence learns of it.
/// </summary>
public sealed class SqliteArticleStore : IArticleStore
{
    private const string Columns = "article_id, seq, content_hash, title, source, url, published, language, ingested, origin, paragraphs";
    private readonly StateDatabase _database;

    public SqliteArticleStore(StateDatabase database) => _database = database;

    public StoredArticle? Get(string articleId)
    {
        using var connection = _database.Connect();
        using var command = Repeated(connection, $"SELECT {Columns} FROM articles WHERE article_id = $id AND removed = 0", ("$id", articleId));
        using var reader = command.Command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    public IReadOnlyList<ArticleHeader> Headers()
    {
        using var connection = _database.Connect();
        using var command = Command(connection, "SELECT article_id, title, source, url, published, ingested, language FROM articles WHERE removed = 0");
        using var reader = command.ExecuteReader();
        var headers = new List<ArticleHeader>();
        while (reader.Read())
        {
            headers.Add(new ArticleHeader(reader.GetString(0), reader.GetString(1), NullableString(reader, 2), NullableString(reader, 3),
                ParseTime(NullableString(reader, 4)), ParseTime(NullableString(reader, 5)), reader.GetString(6)));
        }
        return headers;
    }

    public string? FindIdByContentHash(string contentHash)
    {
        using var connection = _database.Connect();
        using var command = Repeated(connection, "SELECT article_id FROM articles WHERE content_hash = $hash AND removed = 0 LIMIT 1", ("$hash", contentHash));
        return command.Command.ExecuteScalar() as string;
    }

    public long Save(Article article, string contentHash)
    {
        using var connection = _database.Connect();
        using var transaction = connection.BeginTransaction();
        var sequence = NextSequence(connection);
        using var upsert = Repeated(connection, """
            INSERT INTO articles (article_id, seq, removed, content_hash, title, source, url, published, language, ingested, origin, paragraphs)
            VALUES ($id, $seq, 0, $hash, $title, $source, $url, $published, $language, $ingested, $origin, $paragraphs)
            ON CONFLICT (article_id) DO UPDATE SET seq = excluded.seq, removed = 0, content_hash = excluded.content_hash,
                title = excluded.title, source = excluded.source, url = excluded.url, published = excluded.published,
                language = excluded.language, ingested = excluded.ingested, origin = excluded.origin, paragraphs = excluded.paragraphs
            """,
            ("$id", article.Id), ("$seq", sequence), ("$hash", contentHash), ("$title", article.Title), ("$source", article.Source),
            ("$url", article.Url), ("$published", Format(article.Published)), ("$language", article.Language),
            ("$ingested", Format(article.Ingested)), ("$origin", article.Origin), ("$paragraphs", JsonSerializer.Serialize(article.Paragraphs)));
        upsert.Command.ExecuteNonQuery();
        transaction.Commit();
        return sequence;
    }

    public long? Remove(string articleId)
    {
        using var connection = _database.Connect();
        using var transaction = connection.BeginTransaction();
        var sequence = NextSequence(connection);
        using var update = Command(connection, """
            UPDATE articles SET seq = $seq, removed = 1, content_hash = NULL, paragraphs = NULL
            WHERE article_id = $id AND removed = 0
            """, ("$id", articleId), ("$seq", sequence));
        if (update.ExecuteNonQuery() == 0) return null;
        transaction.Commit();
        return sequence;
    }

    public IReadOnlyList<ArticleChange> ChangesAfter(long sequence, int limit)
    {
        using var connection = _database.Connect();
        using var command = Command(connection, $"SELECT {Columns}, removed FROM articles WHERE seq > $after ORDER BY seq LIMIT $limit",
            ("$after", sequence), ("$limit", limit));
        using var reader = command.ExecuteReader();
        var changes = new List<ArticleChange>();
        while (reader.Read())
        {
            var removed = reader.GetInt64(11) != 0;
            changes.Add(new ArticleChange(reader.GetInt64(1), reader.GetString(0), removed ? null : Read(reader)));
        }
        return changes;
    }

    /// <summary>One <c>state.db</c> transaction for the flow's article rows and near-duplicate signatures.</summary>
    public IArticleWriteBatch BeginWriteBatch() => new SqliteArticleWriteBatch(_database.BeginWriteBatch());

    public long LastSequence => Scalar("SELECT COALESCE(MAX(seq), 0) FROM articles");

    public int Count => (int)Scalar("SELECT COUNT(*) FROM articles WHERE removed = 0");

    private long Scalar(string sql)
    {
        using var connection = _database.Connect();
        using var command = Command(connection, sql);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static long NextSequence(StateConnection connection)
    {
        using var command = Repeated(connection, "SELECT COALESCE(MAX(seq), 0) + 1 FROM articles");
        return Convert.ToInt64(command.Command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static StoredArticle Read(SqliteDataReader reader)
    {
        var article = new Article
        {
            Id = reader.GetString(0),
            Title = reader.GetString(3),
            Source = NullableString(reader, 4),
            Url = NullableString(reader, 5),
            Published = ParseTime(NullableString(reader, 6)),
            Language = reader.GetString(7),
            Ingested = ParseTime(NullableString(reader, 8)),
            Origin = NullableString(reader, 9),
            Paragraphs = JsonSerializer.Deserialize<List<string>>(reader.GetString(10)) ?? [],
        };
        return new StoredArticle(article, reader.GetString(2), reader.GetInt64(1));
    }

    private static SqliteCommand Command(StateConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.Command(sql);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    /// <summary>
    /// A per-article statement of the ingest (look-ups, sequence, upsert): prepared once per write batch instead of
    /// parsed and planned for every article (<see cref="StateConnection.Repeated"/>); a new command outside a batch.
    /// </summary>
    private static RepeatedCommand Repeated(StateConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var repeated = connection.Repeated(sql, command =>
        {
            foreach (var (name, _) in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        });
        foreach (var (name, value) in parameters) repeated.Command.Parameters[name].Value = value ?? DBNull.Value;
        return repeated;
    }

    private static string? NullableString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static string? Format(DateTimeOffset? time) => time?.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset? ParseTime(string? text) =>
        text is null ? null : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
