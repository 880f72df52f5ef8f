using Briefing.Core.Web;
using Dapper;

namespace Briefing.Storage.Postgres;

/// <summary>
/// <see cref="IFeedPollClaims"/> on PostgreSQL (migration <c>0011_web_feed_polls</c>): a row lease per feed, taken
/// <c>FOR UPDATE SKIP LOCKED</c> so instances claiming together never both win (and renewed while the poll runs); the
/// winner sets the shared next due time.
/// </summary>
public sealed class PostgresFeedPollClaims(PostgresDatabase database) : IFeedPollClaims
{
    /// <summary>While another instance's claim is still being written (its row locked) this one looks again this soon.</summary>
    private static readonly TimeSpan ClaimInProgress = TimeSpan.FromSeconds(1);

    public FeedPollClaim TryClaim(string feedUrl, string owner, DateTimeOffset now, TimeSpan lease)
    {
        using var connection = database.Open();
        var at = now.UtcDateTime;
        // A feed no instance has polled yet is due at once.
        connection.Execute("INSERT INTO web_feed_polls (feed_url, next_due) VALUES (@feedUrl, @at) ON CONFLICT DO NOTHING", new { feedUrl, at });
        var claimed = connection.Execute("""
            UPDATE web_feed_polls SET owner = @owner, lease_until = @until
            WHERE feed_url = (SELECT feed_url FROM web_feed_polls
                              WHERE feed_url = @feedUrl AND next_due <= @at AND (lease_until IS NULL OR lease_until <= @at)
                              FOR UPDATE SKIP LOCKED)
            """, new { feedUrl, owner, at, until = (now + lease).UtcDateTime }) == 1;
        if (claimed) return FeedPollClaim.Granted(now);

        var (nextDue, leaseUntil) = connection.QuerySingle<(DateTime NextDue, DateTime? LeaseUntil)>(
            "SELECT next_due, lease_until FROM web_feed_polls WHERE feed_url = @feedUrl", new { feedUrl });
        var lookAgain = Utc(leaseUntil is { } until && until > nextDue ? until : nextDue);
        return new FeedPollClaim(false, lookAgain > now ? lookAgain : now + ClaimInProgress);
    }

    public bool Renew(string feedUrl, string owner, DateTimeOffset now, TimeSpan lease)
    {
        using var connection = database.Open();
        return connection.Execute(
            "UPDATE web_feed_polls SET lease_until = @until WHERE feed_url = @feedUrl AND owner = @owner",
            new { feedUrl, owner, until = (now + lease).UtcDateTime }) == 1;
    }

    public bool Complete(string feedUrl, string owner, DateTimeOffset nextDue)
    {
        using var connection = database.Open();
        return connection.Execute(
            "UPDATE web_feed_polls SET next_due = @next, owner = NULL, lease_until = NULL WHERE feed_url = @feedUrl AND owner = @owner",
            new { feedUrl, owner, next = nextDue.UtcDateTime }) == 1;
    }

    public void Release(string feedUrl, string owner)
    {
        using var connection = database.Open();
        connection.Execute("UPDATE web_feed_polls SET owner = NULL, lease_until = NULL WHERE feed_url = @feedUrl AND owner = @owner", new { feedUrl, owner });
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
