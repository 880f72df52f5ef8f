using System.Globalization;

namespace Briefing.Core.Digests.Scheduling;

/// <summary>
/// A <c>digest_subscriptions</c> row as Dapper reads it (by column alias), in SQLite and in PostgreSQL: times and
/// dates travel as text ("HH:mm", "yyyy-MM-dd") so both databases map through this one class.
/// </summary>
public sealed class SubscriptionRow
{
    public const string DateFormat = "yyyy-MM-dd";
    public const string TimeFormat = "HH:mm";

    public long ChatId { get; init; }
    public string SendAt { get; init; } = "";
    public string TimeZone { get; init; } = "";
    public string Language { get; init; } = "";
    public string? LastSentDate { get; init; }

    public Subscription ToSubscription() => new(
        ChatId,
        TimeOnly.ParseExact(SendAt, TimeFormat, CultureInfo.InvariantCulture),
        TimeZone,
        Language,
        LastSentDate is null ? null : DateOnly.ParseExact(LastSentDate, DateFormat, CultureInfo.InvariantCulture));

    public static string FormatTime(TimeOnly time) => time.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static string? FormatDate(DateOnly? date) => date?.ToString(DateFormat, CultureInfo.InvariantCulture);
}
