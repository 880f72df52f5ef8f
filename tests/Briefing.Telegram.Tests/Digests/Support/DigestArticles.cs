using Briefing.Core.Articles;

namespace Briefing.Telegram.Tests.Digests.Support;

/// <summary>Articles written for these tests: one event in two languages, and an unrelated story with markup in its title.</summary>
internal static class DigestArticles
{
    public static readonly DateTimeOffset Day = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    public static Article Make(string id, string title, string language, string source, DateTimeOffset published, string? url, params string[] paragraphs) =>
        new() { Id = id, Title = title, Language = language, Source = source, Published = published, Url = url, Paragraphs = paragraphs };

    public static Article JetGerman => Make("de-jet", "Scholz und Macron einigen sich in Paris auf Kampfjet FCAS", "de", "Tagesblatt", Day, "https://tagesblatt.example/fcas",
        "Bundeskanzler Olaf Scholz und Frankreichs Präsident Emmanuel Macron haben sich am Dienstag in Paris auf den Bau des gemeinsamen Kampfflugzeugs FCAS geeinigt.",
        "Das Projekt soll bis 2040 rund 100 Milliarden Euro kosten. Airbus und Dassault übernehmen die Entwicklung.");

    public static Article JetEnglish => Make("en-jet", "Scholz and Macron agree on FCAS fighter jet in Paris", "en", "Wire", Day.AddHours(1), "https://wire.example/fcas?a=1&b=2",
        "German Chancellor Olaf Scholz and French President Emmanuel Macron agreed in Paris on Tuesday to build the joint FCAS fighter aircraft.",
        "The project is expected to cost around 100 billion euros by 2040. Airbus and Dassault will lead development.");

    public static Article MarkupTitle => Make("en-markup", "Coders <b>ship</b> & celebrate \"release\" of <script>", "en", "Tech & Co", Day.AddHours(2), null,
        "Developers at the fictional firm Quillworks shipped version 5 of their editor on Tuesday after two years of work.",
        "The release adds collaborative editing for teams of up to 50 people, the company said.");
}
