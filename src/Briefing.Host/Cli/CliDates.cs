using System.Globalization;

namespace Briefing.Host.Cli;

/// <summary>
/// Dates of the <c>articles</c> options: a day (<c>2026-11-26</c>, UTC) or a moment (<c>2026-11-26T08:00:00Z</c>, or
/// with an offset; without one it is UTC). A day as an upper bound means the end of that day.
/// </summary>
internal static class CliDates
{
    private static readonly string[] MomentFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm",
    ];

    /// <summary>The start of the day, or the moment; null with a message naming the option when the text is neither.</summary>
    public static DateTimeOffset? Start(string option, string text, out string? error) => Parse(option, text, endOfDay: false, out error);

    /// <summary>The end of the day (the next midnight, exclusive), or the moment.</summary>
    public static DateTimeOffset? End(string option, string text, out string? error) => Parse(option, text, endOfDay: true, out error);

    private static DateTimeOffset? Parse(string option, string text, bool endOfDay, out string? error)
    {
        error = null;
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            if (day.Year is < 2 or > 9998)
            {
                error = $"{option} {text} is out of range.";
                return null;
            }
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? start.AddDays(1) : start;
        }
        if (DateTimeOffset.TryParseExact(trimmed, MomentFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            return moment;
        error = $"{option} must be a date like 2026-11-26 (YYYY-MM-DD, UTC) or a time like 2026-11-26T08:00:00Z, not '{text}'.";
        return null;
    }
}
