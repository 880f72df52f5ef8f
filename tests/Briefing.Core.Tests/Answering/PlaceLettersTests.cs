using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, one name in many spellings: "Ab wann sind Kamelrennen im US-Fernsehen zu sehen?" is asked of an article
/// that writes the country out ("in den Vereinigten Staaten", "im amerikanischen Fernsehen") and never "US". A
/// country's letters are shown by its names (<see cref="Briefing.Core.Text.NewsAbbreviations.PlaceForms"/>). Articles invented.
/// </summary>
public sealed class PlaceLettersTests : InventedArticlesTest
{
    public PlaceLettersTests()
    {
        Folder.Write("news/kamelrennen.txt", """
            Kamelrennen erstmals im Fernsehen
            Kamelrennen galten lange als Randsportart für Liebhaber in der Wüste.

            In den Vereinigten Staaten ist es nun so weit: 2017 wird das erste Kamelrennen im amerikanischen Fernsehen zu sehen sein.
            """);
        Folder.Write("news/budget.txt", """
            Gemeinderat beschließt Budget
            Der Gemeinderat hat nach langer Debatte über die Busfahrpreise das Budget für das kommende Jahr beschlossen.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_country_asked_by_its_letters_is_shown_by_its_written_name()
    {
        var answer = await Engine.AskAsync("Ab wann sind Kamelrennen im US-Fernsehen zu sehen?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("2017", answer.Text);
    }

    [Fact]
    public async Task Another_country_by_its_letters_is_not()
    {
        var answer = await Engine.AskAsync("Ab wann sind Kamelrennen im EU-Fernsehen zu sehen?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
