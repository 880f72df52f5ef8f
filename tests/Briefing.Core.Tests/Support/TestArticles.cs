namespace Briefing.Core.Tests.Support;

/// <summary>Small articles written for the tests.</summary>
public static class TestArticles
{
    public const string HarbourGerman = """
        Neuer Hafen in Kiel eröffnet
        Die Stadt Kiel hat am Montag einen neuen Containerhafen eröffnet. Der Bau kostete 240 Millionen Euro und dauerte vier Jahre.
        Bürgermeisterin Anna Berger sagte, der Hafen schaffe 1.200 neue Arbeitsplätze in der Region.
        Umweltverbände kritisierten den Bau, weil dafür ein Feuchtgebiet trockengelegt wurde.
        """;

    public const string CometEnglish = """
        Astronomers spot bright comet over Chile
        Astronomers at the Paranal observatory in Chile discovered a bright comet on Tuesday night.
        The comet, named C/2026 K1, will pass closest to the Sun in March and may be visible to the naked eye.
        Dr. Maria Lopez said the discovery was made with a survey telescope that scans the sky every night.
        """;

    public const string RailEnglish = """
        Rail strike halts trains across the country
        A national rail strike stopped most trains on Friday as workers demanded higher wages.
        The union said the strike would last 48 hours unless the operator improves its offer of a 3 percent raise.
        Commuters crowded buses and many offices told staff to work from home.
        """;
}
