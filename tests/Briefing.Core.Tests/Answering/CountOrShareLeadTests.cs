using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How many people were surveyed for PwC's 2016 global study on economic crime?" was answered by the lede "PwC Global
/// Economic Crime Survey 2016: Fast die Hälfte aller Wirtschaftskriminalitätsdelikte von Ex-Mitarbeitern." instead of
/// "Dafür wurden 6.000 Teilnehmer ... befragt." two sentences on (issue 10, the asked number not in the answer): the lede
/// repeats more of the question and held a "new number", a share. A sentence whose new figures only say an order or a
/// share ("Tausende", "die Hälfte") leads a how-many answer only when no sentence with a count does. Articles invented.
/// </summary>
public sealed class CountOrShareLeadTests : InventedArticlesTest
{
    public CountOrShareLeadTests()
    {
        Folder.Write("news/studie.txt", """
            Wirtschaftskriminalität: Ex-Mitarbeiter als größtes Risiko
            Für die Betrugsstudie 2016 wurden Menschen in aller Welt befragt: Fast die Hälfte sieht ehemalige Mitarbeiter als Täter. Insgesamt füllten 4.200 Teilnehmer in 80 Ländern einen Online-Fragebogen aus. Knapp ein Drittel der Firmen war von Cyberkriminalität betroffen.
            """);
        Folder.Write("news/demo.txt", """
            Proteste in Lemberg gegen neue Steuer
            Lemberg – Tausende Demonstranten haben in der Innenstadt von Lemberg gegen die geplante Grundsteuer protestiert. Die Kundgebung verlief friedlich, sagte ein Sprecher der Stadt. Die Regierung will am Freitag über die Steuer beraten.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Die_Zahl_der_Befragten_fuehrt_vor_dem_Anteil()
    {
        var answer = await Engine.AskAsync("Wie viele Menschen wurden für die Betrugsstudie 2016 befragt?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("4.200 Teilnehmer", answer.Citations[0].Quote);
    }

    /// <summary>With no count in the article, the order of size still answers: the rule orders the lead, it never abstains.</summary>
    [Fact]
    public async Task Ohne_Zahl_antwortet_die_Groessenordnung()
    {
        var answer = await Engine.AskAsync("Wie viele Demonstranten haben in Lemberg gegen die Grundsteuer protestiert?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Tausende Demonstranten", answer.Citations[0].Quote);
    }
}
