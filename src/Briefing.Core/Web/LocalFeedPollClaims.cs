namespace Briefing.Core.Web;

/// <summary>
/// The embedded mode: one process owns its data folder (its writer lock keeps a second one out), so every poll is
/// granted and the poller keeps its own schedule, as before instances could share a database.
/// </summary>
public sealed class LocalFeedPollClaims : IFeedPollClaims
{
    public FeedPollClaim TryClaim(string feedUrl, string owner, DateTimeOffset now, TimeSpan lease) => FeedPollClaim.Granted(now);

    public bool Renew(string feedUrl, string owner, DateTimeOffset now, TimeSpan lease) => true;

    public bool Complete(string feedUrl, string owner, DateTimeOffset nextDue) => true;

    public void Release(string feedUrl, string owner)
    {
    }
}
