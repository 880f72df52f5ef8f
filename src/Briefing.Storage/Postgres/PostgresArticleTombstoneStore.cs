using Briefing.Core.Articles;
using Briefing.Core.Curation;
using Briefing.Core.Search;
using Dapper;

namespace Briefing.Storage.Postgres;

/// <summary><see cref="IArticleTombstoneStore"/> on PostgreSQL (migration <c>0009_article_tombstones</c>), shared by every instance.</summary>
public sealed class PostgresArticleTombstoneStore(PostgresDatabase database, TimeProvider time) : IArticleTombstoneStore
{
    public void Add(IReadOnlyList<IndexedArticle> removed, string reason)
    {
        var at = time.GetUtcNow().UtcDateTime;
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("""
            INSERT INTO article_tombstones (article_id, body_hash, removed_at, reason) VALUES (@id, @hash, @at, @reason)
            ON CONFLICT (article_id) DO UPDATE SET body_hash = excluded.body_hash, removed_at = excluded.removed_at, reason = excluded.reason
            """,
            removed.Select(a => new { id = a.Article.Id, hash = ArticleContentHash.ComputeBody(a.Article), at, reason }),
            transaction);
        transaction.Commit();
    }

    public bool IsWithheld(Article article)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<int?>(
            "SELECT 1 FROM article_tombstones WHERE article_id = @id AND body_hash = @hash",
            new { id = article.Id, hash = ArticleContentHash.ComputeBody(article) }) is not null;
    }

    public void Lift(IReadOnlyList<string> articleIds)
    {
        if (articleIds.Count == 0) return;
        using var connection = database.Open();
        connection.Execute("DELETE FROM article_tombstones WHERE article_id = ANY(@ids)", new { ids = articleIds.ToArray() });
    }
}
