using System.Globalization;
using Briefing.Core.Articles;
using Briefing.Core.Ingestion;
using Briefing.Core.Search;
using Briefing.Core.State;
using Dapper;

namespace Briefing.Core.Curation;

/// <summary>
/// Tombstones of removed articles in <c>state.db</c> (migration <c>0007_article_tombstones</c>): the id and a
/// fingerprint of the body text. A scheduled ingest (feed poller, start-up sources) skips an article while both match;
/// changed text, or an explicit ingest, brings it back and lifts the tombstone (<see cref="TombstoneLifter"/>).
/// </summary>
public sealed class ArticleTombstoneStore(StateDatabase database, TimeProvider time) : IArticleTombstoneStore
{
    public void Add(IReadOnlyList<IndexedArticle> removed, string reason)
    {
        var at = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("""
            INSERT OR REPLACE INTO article_tombstones (article_id, body_hash, removed_at, reason) VALUES (@id, @hash, @at, @reason)
            """,
            removed.Select(a => new { id = a.Article.Id, hash = ArticleContentHash.ComputeBody(a.Article), at, reason }),
            transaction);
        transaction.Commit();
    }

    public bool IsWithheld(Article article)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long?>(
            "SELECT 1 FROM article_tombstones WHERE article_id = @id AND body_hash = @hash",
            new { id = article.Id, hash = ArticleContentHash.ComputeBody(article) }) is not null;
    }

    public void Lift(IReadOnlyList<string> articleIds)
    {
        if (articleIds.Count == 0) return;
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM article_tombstones WHERE article_id = @id", articleIds.Select(id => new { id }), transaction);
        transaction.Commit();
    }
}
