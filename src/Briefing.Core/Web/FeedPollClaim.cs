namespace Briefing.Core.Web;

/// <summary>The answer to a claim: this instance polls now, or another has it and this one looks again at <see cref="LookAgainAt"/>.</summary>
public readonly record struct FeedPollClaim(bool Claimed, DateTimeOffset LookAgainAt)
{
    public static FeedPollClaim Granted(DateTimeOffset now) => new(true, now);
}
