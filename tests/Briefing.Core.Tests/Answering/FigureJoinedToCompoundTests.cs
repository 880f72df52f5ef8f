using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A compound written onto its figure counts its first part (issue 10, false abstentions): "die 700-Einwohner-Gemeinde"
/// has 700 inhabitants, so it answers "Wie viele Einwohner …?"; the compound's last part ("Gemeinde") was read as what
/// the figure counts, and the answer abstained for counting other things. A question counting something else still does not take it.
/// </summary>
public sealed class FigureJoinedToCompoundTests : InventedArticlesTest
{
    public FigureJoinedToCompoundTests()
    {
        Folder.Write("news/flut.txt", """
            Sturzflut verwüstet Kelbach
            Nach heftigem Regen hat eine Sturzflut in der Nacht auf Montag den Ort Kelbach schwer getroffen.
            Das Wasser strömte durch die 700-Einwohner-Gemeinde Kelbach und riss Autos und Bäume mit.
            Die Feuerwehr war die ganze Nacht im Einsatz.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Das Wasser strömte durch die 700-Einwohner-Gemeinde Kelbach.", "700", "de", "Einwohner")]
    [InlineData("Ein 30-Tonnen-Lkw blockierte die Straße.", "30", "de", "Tonnen")]
    [InlineData("Es kamen 700 Einwohner.", "700", "de", "Einwohner")]
    public void The_figure_counts_the_compounds_first_part(string text, string figure, string language, string counted)
    {
        var end = text.IndexOf(figure, StringComparison.Ordinal) + figure.Length;

        Assert.Equal(counted, CountedWords.After(text, end, language)?[^1]);
    }

    [Fact]
    public async Task Another_counted_thing_is_not_answered_by_it()
    {
        var answer = await Engine.AskAsync("Wie viele Autos riss die Sturzflut in Kelbach mit?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
