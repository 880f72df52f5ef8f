using Briefing.Core.Articles;

namespace Briefing.Core.Tests.Digests.Support;

/// <summary>Short news articles written for these tests: one event told by several outlets in two languages, and look-alikes.</summary>
internal static class StoryArticles
{
    public static readonly DateTimeOffset Day = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    public static Article Make(string id, string title, string language, string source, DateTimeOffset? published, params string[] paragraphs) =>
        new()
        {
            Id = id, Title = title, Language = language, Source = source, Published = published,
            Paragraphs = paragraphs, Ingested = Day,
        };

    /// <summary>The fighter-jet agreement in Paris, German outlet.</summary>
    public static Article JetDealGerman => Make("de-jet", "Scholz und Macron einigen sich in Paris auf Kampfjet FCAS", "de", "Tagesblatt", Day,
        "Bundeskanzler Olaf Scholz und Frankreichs Präsident Emmanuel Macron haben sich am Dienstag in Paris auf den Bau des gemeinsamen Kampfflugzeugs FCAS geeinigt.",
        "Das Projekt soll bis 2040 rund 100 Milliarden Euro kosten. Airbus und Dassault übernehmen die Entwicklung.",
        "Kritik kam von der Opposition, die eine Debatte im Bundestag verlangt.");

    /// <summary>The same agreement, English wire service.</summary>
    public static Article JetDealEnglish => Make("en-jet", "Scholz and Macron agree on FCAS fighter jet in Paris", "en", "Wire", Day.AddHours(1),
        "German Chancellor Olaf Scholz and French President Emmanuel Macron agreed in Paris on Tuesday to build the joint FCAS fighter aircraft.",
        "The project is expected to cost around 100 billion euros by 2040. Airbus and Dassault will lead development.",
        "Opposition lawmakers in Berlin demanded a parliamentary debate.");

    /// <summary>The English wire text republished word for word by another outlet.</summary>
    public static Article JetDealCopy => JetDealEnglish with { Id = "en-jet-copy", Source = "Daily Courier", Published = Day.AddHours(2) };

    /// <summary>The same wire story under another headline, one word changed.</summary>
    public static Article JetDealRetitled => JetDealEnglish with
    {
        Id = "en-jet-retitled", Title = "Berlin and Paris seal warplane deal", Source = "Evening Post", Published = Day.AddHours(3),
        Paragraphs =
        [
            "German Chancellor Olaf Scholz and French President Emmanuel Macron agreed in Paris on Tuesday to build the joint FCAS fighter aircraft.",
            "The project is expected to cost about 100 billion euros by 2040. Airbus and Dassault will lead development.",
            "Opposition lawmakers in Berlin demanded a parliamentary debate.",
        ],
    };

    /// <summary>The same agreement in another English outlet's own words.</summary>
    public static Article JetDealEnglishOwnWords => Make("en-jet-own", "Paris deal on FCAS: Airbus and Dassault to build Europe's next fighter", "en", "Morning Ledger", Day.AddHours(2),
        "Airbus and Dassault will develop the FCAS fighter after Olaf Scholz and Emmanuel Macron signed the agreement in Paris.",
        "Officials put the cost of the programme at 100 billion euros, with the first aircraft due in 2040.");

    /// <summary>A different event with the same chancellor, the same weekday and a sum in euros.</summary>
    public static Article FloodVisitGerman => Make("de-flood", "Scholz besucht Hochwassergebiet in Bayern", "de", "Tagesblatt", Day.AddHours(4),
        "Bundeskanzler Olaf Scholz hat am Dienstag die vom Hochwasser betroffenen Gemeinden in Bayern besucht.",
        "Die Schäden belaufen sich nach ersten Schätzungen auf 2 Milliarden Euro. Ministerpräsident Markus Söder forderte schnelle Hilfe des Bundes.");

    /// <summary>A different event with the same president and city.</summary>
    public static Article ClimateSummitEnglish => Make("en-climate", "Macron opens climate summit in Paris", "en", "Wire", Day.AddHours(5),
        "French President Emmanuel Macron opened an international climate summit in Paris on Tuesday, urging richer nations to pay more.",
        "Delegates from 120 countries are attending the three-day meeting on adaptation finance.");

    /// <summary>An unrelated story.</summary>
    public static Article FootballEnglish => Make("en-football", "Late goal sends Leeds top of the table", "en", "Sports Desk", Day.AddHours(6),
        "A stoppage-time header from Joe Rodon gave Leeds United a 2-1 win at Burnley on Tuesday night.",
        "The victory lifts Leeds above Sheffield United on goal difference.");
}
