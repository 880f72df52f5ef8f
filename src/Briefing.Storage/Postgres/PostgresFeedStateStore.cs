using Briefing.Core.Web;
using Dapper;

namespace Briefing.Storage.Postgres;

/// <summary><see cref="IFeedStateStore"/> on PostgreSQL (migration <c>0003_web_feed_state</c>).</summary>
public sealed class PostgresFeedStateStore(PostgresDatabase database, TimeProvider time) : IFeedStateStore
{
    public WebValidators? GetValidators(string feedUrl)
    {
        using var connection = database.Open();
        var rows = connection.Query<(string? ETag, DateTime? LastModified)>(
            "SELECT etag, last_modified FROM web_feed_validators WHERE feed_url = @feedUrl", new { feedUrl }).ToList();
        if (rows is not [var found]) return null;
        DateTimeOffset? modified = found.LastModified is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null;
        var validators = new WebValidators(found.ETag, modified);
        return validators.IsEmpty ? null : validators;
    }

    public void SaveValidators(string feedUrl, WebValidators validators)
    {
        using var connection = database.Open();
        connection.Execute("""
            INSERT INTO web_feed_validators (feed_url, etag, last_modified, checked_at) VALUES (@feedUrl, @etag, @modified, @now)
            ON CONFLICT (feed_url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at
            """,
            new { feedUrl, etag = validators.ETag, modified = validators.LastModified?.UtcDateTime, now = time.GetUtcNow().UtcDateTime });
    }

    public bool IsSeen(string feedUrl, string itemKey)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<int?>(
            "SELECT 1 FROM web_feed_seen_items WHERE feed_url = @feedUrl AND item_key = @itemKey", new { feedUrl, itemKey }) is not null;
    }

    public void MarkSeen(string feedUrl, string itemKey)
    {
        using var connection = database.Open();
        connection.Execute("""
            INSERT INTO web_feed_seen_items (feed_url, item_key, seen_at) VALUES (@feedUrl, @itemKey, @now)
            ON CONFLICT DO NOTHING
            """, new { feedUrl, itemKey, now = time.GetUtcNow().UtcDateTime });
    }
}
