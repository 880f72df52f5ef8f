using System.Globalization;
using Briefing.Core.Digests;

namespace Briefing.Telegram.Digests;

/// <summary>
/// The words after <c>/digest</c> or <c>/subscribe</c>, in any order: a date (YYYY-MM-DD, today/heute,
/// yesterday/gestern), a time (HH:MM) and an IANA zone. <see cref="Problem"/> says, in the user's language, what was not understood.
/// </summary>
internal sealed record DigestRequestArguments(DateOnly? Date, int? DaysBack, TimeOnly? Time, TimeZoneInfo? Zone, string? Problem)
{
    public static DigestRequestArguments Parse(string arguments, string language)
    {
        DateOnly? date = null;
        int? daysBack = null;
        TimeOnly? time = null;
        TimeZoneInfo? zone = null;
        foreach (var word in arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(4))
        {
            var lower = word.ToLowerInvariant();
            if (lower is "today" or "heute") daysBack = 0;
            else if (lower is "yesterday" or "gestern") daysBack = 1;
            else if (DateOnly.TryParseExact(word, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) && parsed.Year is > 1 and < 9999)
                date = parsed;
            else if (TimeOnly.TryParseExact(word, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
                time = at;
            else if (word.Length > 0 && char.IsDigit(word[0]))
                return Fail(word.Contains(':') ? DigestBotTexts.BadTime(language, word) : DigestBotTexts.BadDate(language, word));
            else if (DigestTimeZones.TryFind(word, out var found))
                zone = found;
            else
                return Fail(DigestBotTexts.BadZone(language, word));
        }
        return new DigestRequestArguments(date, daysBack, time, zone, null);
    }

    private static DigestRequestArguments Fail(string problem) => new(null, null, null, null, problem);
}
