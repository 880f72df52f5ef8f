namespace Briefing.Core.Tests.Web;

/// <summary>The fixture pages and what a good extraction keeps from them and drops.</summary>
internal static class TestPages
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Web", "Fixtures", name));

    public static readonly string[] EnglishBody =
    [
        "The harbour bridge reopened to traffic on Friday morning after a two-year repair programme that cost 48 million euros.",
        "The first cars crossed the bridge shortly after six o'clock, watched by a small crowd of residents who had waited since dawn.",
        "Engineers replaced all 312 steel cables and resurfaced the deck, which had been closed since corrosion was found during an inspection in 2024.",
        "The city's transport office expects congestion on the ring road to fall by a quarter now that the direct route across the harbour is open again.",
        "\"This bridge is the backbone of the city,\" mayor Ilse Brandt said at the opening ceremony, thanking the workers who had kept to the schedule despite two winter storms.",
        "Cyclists will have to wait another month: the new cycle lane on the eastern side is still being painted and is due to open in December.",
    ];

    public static readonly string[] EnglishBoilerplate =
    [
        "We use cookies", "Accept all cookies", "Coastal Herald home", "News section", "Sport section", "Weather section",
        "Local news index", "Share on social networks", "Email this story", "Related stories", "Ring road congestion hits record high",
        "Inspectors find corrosion", "morning briefing in your inbox", "Subscribe now", "Copyright Coastal Herald", "Most read",
        "Storm warning for the weekend", "Local bakery wins", "1 Quay Street", "Privacy policy", "Terms of use", "Tracking pixel",
    ];

    public static readonly string[] GermanBody =
    [
        "Der Stadtrat hat am Dienstagabend mit großer Mehrheit ein neues Radwegenetz für die Innenstadt beschlossen.",
        "Bis 2030 sollen 42 Kilometer geschützte Radwege entstehen, die alle Stadtteile mit dem Bahnhof verbinden.",
        "Die Kosten von rund 19 Millionen Euro übernehmen zu zwei Dritteln das Land und der Bund, den Rest trägt die Stadt.",
        "Die Opposition kritisierte, dass dafür fast 600 Parkplätze in der Altstadt wegfallen, und kündigte eine Bürgerbefragung an.",
        "Die ersten Abschnitte zwischen Marktplatz und Hafen sollen bereits im kommenden Frühjahr gebaut werden.",
    ];

    public static readonly string[] GermanBoilerplate =
    [
        "Wir verwenden Cookies", "Zustimmen und weiter", "Startseite des Tagesanzeigers", "Politik und Gesellschaft",
        "Wirtschaft und Finanzen", "Auf Facebook teilen", "Per WhatsApp senden", "Mehr zum Thema", "Radfahrer fordern mehr Platz",
        "Parkgebühren steigen", "Kommentare der Leserinnen", "Melden Sie sich an", "Impressum",
    ];

    /// <summary>Share of expected body paragraphs found verbatim among the extracted ones.</summary>
    public static double KeptShare(IReadOnlyList<string> paragraphs, string[] body) =>
        body.Count(expected => paragraphs.Contains(expected)) / (double)body.Length;

    /// <summary>Share of boilerplate lines that appear nowhere in the extracted title and paragraphs.</summary>
    public static double DroppedShare(string title, IReadOnlyList<string> paragraphs, string[] boilerplate)
    {
        var text = string.Join("\n", paragraphs.Prepend(title));
        return boilerplate.Count(line => !text.Contains(line, StringComparison.Ordinal)) / (double)boilerplate.Length;
    }
}
