using System.Globalization;
using Briefing.Core.State;

namespace Briefing.Core.Web;

/// <summary>
/// What the bot remembers about each feed in <c>state.db</c>: the validators for conditional GET and the items
/// already ingested, so a poll (or a second <c>ingest</c> of the same feed) fetches nothing it has.
/// </summary>
public sealed class FeedStateStore
{
    private readonly StateDatabase _database;
    private readonly TimeProvider _timeProvider;

    public FeedStateStore(StateDatabase database, TimeProvider timeProvider)
    {
        _database = database;
        _timeProvider = timeProvider;
        _database.EnsureSchema("""
            CREATE TABLE IF NOT EXISTS web_feed_validators (
                feed_url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, checked_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS web_feed_seen_items (
                feed_url TEXT NOT NULL, item_key TEXT NOT NULL, seen_at TEXT NOT NULL,
                PRIMARY KEY (feed_url, item_key));
            """);
    }

    public WebValidators? GetValidators(string feedUrl)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT etag, last_modified FROM web_feed_validators WHERE feed_url = $url";
        command.Parameters.AddWithValue("$url", feedUrl);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        var etag = reader.IsDBNull(0) ? null : reader.GetString(0);
        DateTimeOffset? modified = reader.IsDBNull(1) ? null : DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture);
        var validators = new WebValidators(etag, modified);
        return validators.IsEmpty ? null : validators;
    }

    public void SaveValidators(string feedUrl, WebValidators validators)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO web_feed_validators (feed_url, etag, last_modified, checked_at) VALUES ($url, $etag, $modified, $now)
            ON CONFLICT (feed_url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at
            """;
        command.Parameters.AddWithValue("$url", feedUrl);
        command.Parameters.AddWithValue("$etag", (object?)validators.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$modified", (object?)validators.LastModified?.ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value);
        command.Parameters.AddWithValue("$now", Now());
        command.ExecuteNonQuery();
    }

    public bool IsSeen(string feedUrl, string itemKey)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM web_feed_seen_items WHERE feed_url = $url AND item_key = $key";
        command.Parameters.AddWithValue("$url", feedUrl);
        command.Parameters.AddWithValue("$key", itemKey);
        return command.ExecuteScalar() is not null;
    }

    public void MarkSeen(string feedUrl, string itemKey)
    {
        using var connection = _database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO web_feed_seen_items (feed_url, item_key, seen_at) VALUES ($url, $key, $now)";
        command.Parameters.AddWithValue("$url", feedUrl);
        command.Parameters.AddWithValue("$key", itemKey);
        command.Parameters.AddWithValue("$now", Now());
        command.ExecuteNonQuery();
    }

    private string Now() => _timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
