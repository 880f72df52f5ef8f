using Briefing.Core.Digests;

namespace Briefing.Core.Tests.Digests;

public sealed class DayWindowTests
{
    private static readonly TimeZoneInfo Berlin = DigestTimeZones.Find("Europe/Berlin");

    [Fact]
    public void A_winter_day_in_Berlin_runs_from_23_00_utc_to_23_00_utc()
    {
        var window = DayWindow.For(new DateOnly(2026, 11, 26), Berlin);

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 23, 0, 0, TimeSpan.Zero), window.From.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 23, 0, 0, TimeSpan.Zero), window.To.ToUniversalTime());
    }

    [Fact]
    public void The_spring_forward_day_lasts_23_hours_and_the_fall_back_day_25()
    {
        var spring = DayWindow.For(new DateOnly(2026, 3, 29), Berlin);
        var autumn = DayWindow.For(new DateOnly(2026, 10, 25), Berlin);

        Assert.Equal(TimeSpan.FromHours(23), spring.To - spring.From);
        Assert.Equal(TimeSpan.FromHours(25), autumn.To - autumn.From);
        Assert.Equal(new DateTimeOffset(2026, 3, 28, 23, 0, 0, TimeSpan.Zero), spring.From.ToUniversalTime());
    }

    [Fact]
    public void Consecutive_days_touch_without_gap_or_overlap()
    {
        var zone = DigestTimeZones.Find("America/New_York");
        for (var date = new DateOnly(2026, 3, 6); date < new DateOnly(2026, 3, 10); date = date.AddDays(1))
        {
            Assert.Equal(DayWindow.For(date, zone).To, DayWindow.For(date.AddDays(1), zone).From);
        }
    }

    [Fact]
    public void A_skipped_midnight_starts_the_day_at_the_first_existing_local_time()
    {
        // Santiago de Chile springs forward at local midnight: 2026-09-06 00:00 does not exist, 01:00 is the first time.
        var zone = DigestTimeZones.Find("America/Santiago");
        var window = DayWindow.For(new DateOnly(2026, 9, 6), zone);

        Assert.Equal(new DateTimeOffset(2026, 9, 6, 4, 0, 0, TimeSpan.Zero), window.From.ToUniversalTime());
        Assert.Equal(TimeSpan.FromHours(23), window.To - window.From);
    }

    [Fact]
    public void A_repeated_local_time_happens_at_its_first_occurrence()
    {
        var instant = DayWindow.ToInstant(new DateOnly(2026, 10, 25), new TimeOnly(2, 30), Berlin);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), instant.ToUniversalTime());
    }

    [Theory]
    [InlineData("2026-11-26T22:59:59Z", "2026-11-26")]
    [InlineData("2026-11-26T23:00:00Z", "2026-11-27")]
    public void The_local_date_changes_at_local_midnight(string instant, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), DayWindow.DateAt(DateTimeOffset.Parse(instant), Berlin));
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Europe/Berlin; rm -rf /")]
    public void An_unknown_zone_is_refused_with_a_message_naming_it(string id)
    {
        var error = Assert.Throws<DigestRequestException>(() => DigestTimeZones.Find(id));

        Assert.Contains($"'{id}'", error.Message);
    }

    [Theory]
    [InlineData(9999, 12, 31)]
    [InlineData(1, 1, 1)]
    public void Dates_at_the_edge_of_the_calendar_are_refused_not_crashed_on(int year, int month, int day)
    {
        Assert.Throws<DigestRequestException>(() => DayWindow.For(new DateOnly(year, month, day), TimeZoneInfo.Utc));
    }

    [Fact]
    public void Iana_ids_resolve()
    {
        Assert.True(DigestTimeZones.TryFind("UTC", out _));
        Assert.True(DigestTimeZones.TryFind("Asia/Kolkata", out var kolkata));
        Assert.Equal(TimeSpan.FromHours(5.5), kolkata.BaseUtcOffset);
    }
}
