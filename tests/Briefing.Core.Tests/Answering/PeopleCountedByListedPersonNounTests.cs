using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Gegen wie viele Beschuldigte …?" over "Anklagen gegen 17 Personen", "Wie viele Rebellen sollten … trainiert werden?"
/// over "pro Jahr 5.000 Mann auszubilden": a count asked by a noun for people is worded by any other noun for them, but
/// only when the person-noun list knows the asked noun (Beschuldigte, Rebellen, Fußgänger were missing) and the counted
/// one ("Mann" after a figure is a troop count). Without them the figure "counted other things" and the answer abstained
/// (issue 10, false abstentions of how-many questions with the gold article retrieved: probe58-025, probe21-018). A
/// figure of things is still no count of the asked people. The articles are invented.
/// </summary>
public sealed class PeopleCountedByListedPersonNounTests : InventedArticlesTest
{
    public PeopleCountedByListedPersonNounTests()
    {
        Folder.Write("news/anklage.txt", """
            Korruptionsverfahren um Wohnbaugesellschaft Larnau vor dem Abschluss
            Wien – Die Ermittlungen in der Causa Larnau stehen vor dem Abschluss.
            Laut Justizministerium soll es um Anklagen gegen 17 Personen gehen, darunter ein früherer Minister.
            Die Beschuldigten bestreiten die Vorwürfe, die Staatsanwaltschaft wollte sich nicht äußern.
            """);
        Folder.Write("news/ausbildung.txt", """
            Ausbildungsprogramm für die Miliz von Korvath gestoppt
            Washington – Das Verteidigungsministerium hat sein Ausbildungsprogramm für die Rebellen der Miliz von Korvath auf Eis gelegt.
            Ziel war, pro Jahr 5.000 Mann auszubilden.
            Das Programm galt seit Monaten als gescheitert.
            """);
        Folder.Write("news/boulevard.txt", """
            Prachtstraße von Velmont erstmals autofrei
            Velmont – Der Boulevard von Velmont hat sich am Sonntag erstmals in eine Fußgängerzone verwandelt.
            Die Straße wurde auf einer Strecke von 1,6 Kilometern für 300 Autos gesperrt.
            Die Aktion soll künftig einmal im Monat stattfinden.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Personen_answers_how_many_Beschuldigte()
    {
        var answer = await Engine.AskAsync("Gegen wie viele Beschuldigte soll es in der Causa Larnau Anklagen geben?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("17 Personen", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task Mann_after_a_figure_answers_how_many_Rebellen()
    {
        var answer = await Engine.AskAsync("Wie viele Rebellen sollten im Ausbildungsprogramm für die Miliz von Korvath pro Jahr ausgebildet werden?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("5.000 Mann", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_figure_of_things_does_not_count_Fussgaenger()
    {
        var answer = await Engine.AskAsync("Wie viele Fußgänger waren am Sonntag auf dem Boulevard von Velmont unterwegs?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Theory]
    [InlineData("Fußgänger", true)]
    [InlineData("Richter", true)]
    [InlineData("Trichter", false)]
    [InlineData("Wechselrichter", false)]
    [InlineData("Routenplaner", false)]
    [InlineData("Autopiloten", false)]
    [InlineData("Aufständische", true)]
    public void A_head_that_ends_things_names_people_only_as_a_whole_word(string word, bool namesPeople) =>
        Assert.Equal(namesPeople, PersonNouns.NamesPeople(word));
}
