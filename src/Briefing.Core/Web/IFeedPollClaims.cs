namespace Briefing.Core.Web;

/// <summary>
/// Who polls a feed, and when. With several instances on one database each feed is polled by one instance per
/// interval: a poll is claimed with a lease (a dead instance's claim runs out and another instance takes the feed
/// over) and the time the feed is next due is shared. Embedded, the one process always may poll (<see cref="LocalFeedPollClaims"/>).
/// Times come from the caller's clock, so all instances' schedules are on the clock the pollers run on.
/// </summary>
public interface IFeedPollClaims
{
    /// <summary>
    /// Claims the poll of <paramref name="feedUrl"/> for <paramref name="owner"/> until <paramref name="now"/> +
    /// <paramref name="lease"/> when the feed is due and no live lease holds it; otherwise says when to look again.
    /// </summary>
    FeedPollClaim TryClaim(string feedUrl, string owner, DateTimeOffset now, TimeSpan lease);

    /// <summary>
    /// Extends <paramref name="owner"/>'s claim to <paramref name="now"/> + <paramref name="lease"/> while its poll is
    /// still running (a slow feed, a large first fetch), so only a dead instance's claim runs out. False when the claim
    /// is no longer <paramref name="owner"/>'s.
    /// </summary>
    bool Renew(string feedUrl, string owner, DateTimeOffset now, TimeSpan lease);

    /// <summary>
    /// The claimed poll is done: the feed is next due at <paramref name="nextDue"/> for every instance and the lease
    /// is let go. False when the lease had run out and another instance took the feed over (its schedule stands).
    /// </summary>
    bool Complete(string feedUrl, string owner, DateTimeOffset nextDue);

    /// <summary>The poll was cut short (the instance is stopping): the feed is free again at once, still due.</summary>
    void Release(string feedUrl, string owner);
}
