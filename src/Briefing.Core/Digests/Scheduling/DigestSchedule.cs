namespace Briefing.Core.Digests.Scheduling;

/// <summary>
/// When a subscription is due. Its time is local wall-clock time: 08:00 stays 08:00 across daylight-saving changes;
/// a time skipped by the change fires at the change, a repeated time fires once (its first occurrence).
/// A digest missed while the bot was down goes out when it is back on the same local day, never on a later day.
/// </summary>
public static class DigestSchedule
{
    /// <summary>The local date at which <paramref name="subscription"/> is due now, or null when it is not due.</summary>
    public static DateOnly? DueDate(Subscription subscription, TimeZoneInfo zone, DateTimeOffset now)
    {
        var today = DayWindow.DateAt(now, zone);
        if (subscription.LastSentDate is { } sent && sent >= today) return null;
        return now >= DayWindow.ToInstant(today, subscription.SendAt, zone) ? today : null;
    }

    /// <summary>The next instant at which the subscription becomes due (now, when it is due already).</summary>
    public static DateTimeOffset NextDue(Subscription subscription, TimeZoneInfo zone, DateTimeOffset now)
    {
        if (DueDate(subscription, zone, now) is not null) return now;
        var today = DayWindow.DateAt(now, zone);
        var todays = DayWindow.ToInstant(today, subscription.SendAt, zone);
        var sentToday = subscription.LastSentDate is { } sent && sent >= today;
        return !sentToday && todays > now ? todays : DayWindow.ToInstant(today.AddDays(1), subscription.SendAt, zone);
    }
}
