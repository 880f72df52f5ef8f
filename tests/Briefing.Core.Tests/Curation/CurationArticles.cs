using System.Text.Json;

namespace Briefing.Core.Tests.Curation;

/// <summary>JSON Lines articles with sources, languages and dates, written for the curation tests.</summary>
internal static class CurationArticles
{
    public static string Line(string id, string title, string text, string? source, string? published, string language) =>
        JsonSerializer.Serialize(new { id, title, text, source, published, language });

    public static readonly string Comet = Line("comet", "Astronomers spot bright comet over Chile",
        "Astronomers at the Paranal observatory in Chile discovered a bright comet on Tuesday night.\nThe comet, named C/2026 K1, will pass closest to the Sun in March and may be visible to the naked eye.\nDr. Maria Lopez said the discovery was made with a survey telescope that scans the sky every night.",
        "Coastal Herald", "2026-11-26T08:00:00Z", "en");

    public static readonly string Rail = Line("rail", "Rail strike halts trains across the country",
        "A national rail strike stopped most trains on Friday as workers demanded higher wages.\nThe union said the strike would last 48 hours unless the operator improves its offer of a 3 percent raise.\nCommuters crowded buses and many offices told staff to work from home.",
        "Daily Courier", "2026-11-20T12:00:00Z", "en");

    public static readonly string Harbour = Line("hafen", "Neuer Hafen in Kiel eröffnet",
        "Die Stadt Kiel hat am Montag einen neuen Containerhafen eröffnet. Der Bau kostete 240 Millionen Euro und dauerte vier Jahre.\nBürgermeisterin Anna Berger sagte, der Hafen schaffe 1.200 neue Arbeitsplätze in der Region.",
        "coastal herald", "2026-11-24T06:30:00Z", "de");

    public static readonly string Undated = Line("undated", "Library opens on Sundays",
        "The city library will open on Sundays from December, the culture committee decided on Tuesday.\nA self-service system lets readers borrow and return books without staff.",
        null, null, "en");

    public static string All => string.Join("\n", Comet, Rail, Harbour, Undated);
}
