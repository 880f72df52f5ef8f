using System.Globalization;
using Briefing.Core.State;
using Dapper;

namespace Briefing.Core.Web;

/// <summary>
/// What the bot remembers about each feed in <c>state.db</c> (migration <c>0003_web_feed_state</c>): the validators
/// for conditional GET and the items already ingested, so a poll (or a second <c>ingest</c> of the same feed) fetches
/// nothing it has.
/// </summary>
public sealed class SqliteFeedStateStore(StateDatabase database, TimeProvider timeProvider) : IFeedStateStore
{
    public WebValidators? GetValidators(string feedUrl)
    {
        using var connection = database.Open();
        var rows = connection.Query<(string? ETag, string? LastModified)>(
            "SELECT etag, last_modified FROM web_feed_validators WHERE feed_url = @feedUrl", new { feedUrl }).ToList();
        if (rows is not [var found]) return null;
        DateTimeOffset? modified = found.LastModified is null ? null : DateTimeOffset.Parse(found.LastModified, CultureInfo.InvariantCulture);
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
            new
            {
                feedUrl,
                etag = validators.ETag,
                modified = validators.LastModified?.ToString("O", CultureInfo.InvariantCulture),
                now = Now(),
            });
    }

    public bool IsSeen(string feedUrl, string itemKey)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<long?>(
            "SELECT 1 FROM web_feed_seen_items WHERE feed_url = @feedUrl AND item_key = @itemKey", new { feedUrl, itemKey }) is not null;
    }

    public void MarkSeen(string feedUrl, string itemKey)
    {
        using var connection = database.Open();
        connection.Execute(
            "INSERT OR IGNORE INTO web_feed_seen_items (feed_url, item_key, seen_at) VALUES (@feedUrl, @itemKey, @now)",
            new { feedUrl, itemKey, now = Now() });
    }

    private string Now() => timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
