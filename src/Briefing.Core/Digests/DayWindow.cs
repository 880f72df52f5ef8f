namespace Briefing.Core.Digests;

/// <summary>
/// One calendar day in a time zone as an instant range [<see cref="From"/>, <see cref="To"/>): local midnight to the
/// next local midnight. Around daylight-saving changes a day lasts 23 or 25 hours; where midnight itself is skipped,
/// the day starts at the first local time that exists.
/// </summary>
public sealed record DayWindow(DateOnly Date, TimeZoneInfo Zone, DateTimeOffset From, DateTimeOffset To)
{
    /// <exception cref="DigestRequestException">The date is at the very edge of the calendar (no next midnight to end it).</exception>
    public static DayWindow For(DateOnly date, TimeZoneInfo zone)
    {
        if (date.Year is < 2 or > 9998)
            throw new DigestRequestException($"The date {date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} is out of range.");
        return new(date, zone, ToInstant(date, TimeOnly.MinValue, zone), ToInstant(date.AddDays(1), TimeOnly.MinValue, zone));
    }

    /// <summary>The local date at <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateOnly DateAt(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>
    /// The instant a local wall-clock time happens. A time skipped by a spring-forward change happens at the first
    /// valid local time after it (the moment of the change); a time repeated by a fall-back change happens at its first occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        for (var guard = 0; zone.IsInvalidTime(local) && guard < 24 * 60; guard++) local = local.AddMinutes(1);
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
