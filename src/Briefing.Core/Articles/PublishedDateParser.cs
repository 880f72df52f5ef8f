using System.Globalization;

namespace Briefing.Core.Articles;

/// <summary>
/// Lenient publish-date parsing for metadata written by people: ISO 8601 with or without zone, date only,
/// RFC 1123. A time without zone is taken as UTC. Anything unreadable is null: a bad date never costs an article.
/// </summary>
internal static class PublishedDateParser
{
    private static readonly string[] DateOnlyFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "dd.MM.yyyy", "d.M.yyyy"];

    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        if (DateTime.TryParseExact(text, DateOnlyFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new DateTimeOffset(date.Date, TimeSpan.Zero);
        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out var parsed)) return parsed;
        return null;
    }
}
