using System.Globalization;
using Briefing.Core.Text;

namespace Briefing.Core.Digests;

/// <summary>The digest's own words, in German or English.</summary>
public static class DigestPhrases
{
    public static string EmptyDay(string language, DateOnly date, string timeZone) => Phrases.IsGerman(language)
        ? $"Für den {date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} ({timeZone}) liegen keine Artikel vor."
        : $"No articles for {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({timeZone}).";

    public static string Title(string language, DateOnly date, string timeZone) => Phrases.IsGerman(language)
        ? $"Tagesüberblick {date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} ({timeZone})"
        : $"Daily digest {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} ({timeZone})";

    public static string SourceCount(string language, int sources, int articles) => Phrases.IsGerman(language)
        ? $"{sources} {(sources == 1 ? "Quelle" : "Quellen")}, {articles} {(articles == 1 ? "Artikel" : "Artikel")}"
        : $"{sources} {(sources == 1 ? "source" : "sources")}, {articles} {(articles == 1 ? "article" : "articles")}";

    public static string AlsoReportedBy(string language) => Phrases.IsGerman(language) ? "auch bei" : "also reported by";
}
