namespace Briefing.Core.Digests.Scheduling;

/// <summary>A chat that gets the digest every day at <see cref="SendAt"/> local time in <see cref="TimeZone"/>.</summary>
/// <param name="LastSentDate">The local date of the last digest sent (claimed) for this chat; at most one per local date.</param>
public sealed record Subscription(long ChatId, TimeOnly SendAt, string TimeZone, string Language, DateOnly? LastSentDate)
{
    /// <summary>
    /// Which day's digest goes out on <paramref name="localDate"/>: a morning delivery (before noon) brings the
    /// previous day, complete; a later one brings the day so far.
    /// </summary>
    public DateOnly DigestDateFor(DateOnly localDate) => BringsPreviousDay ? localDate.AddDays(-1) : localDate;

    /// <summary>True for a morning delivery (before noon), which brings the previous day's digest.</summary>
    public bool BringsPreviousDay => SendAt < new TimeOnly(12, 0);

    /// <summary>
    /// A chat's subscription as it starts (or changes) at <paramref name="now"/>. A time already past today counts
    /// from tomorrow (no surprise digest on subscribing); a digest already sent today (<paramref name="previousLastSent"/>)
    /// stays the only one today. Every store saves what this returns.
    /// </summary>
    public static Subscription Starting(
        long chatId, TimeOnly sendAt, TimeZoneInfo zone, string language, DateTimeOffset now, DateOnly? previousLastSent)
    {
        var today = DayWindow.DateAt(now, zone);
        DateOnly? lastSent = now >= DayWindow.ToInstant(today, sendAt, zone) ? today : null;
        if (previousLastSent is { } sent && (lastSent is null || sent > lastSent)) lastSent = sent;
        return new Subscription(chatId, new TimeOnly(sendAt.Hour, sendAt.Minute), zone.Id, language, lastSent);
    }
}
