using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A German weekday joined to a time of day ("Freitagabend", "Sonntagnachmittag") dates the asked event like the weekday
/// alone (issue 10, false abstentions with the right article first): the article writes "am Freitag in der Früh" or
/// "Freitag früh". Taken for a name, the compound had to stand next to the answering sentence, and the sentence with the
/// weekday alone was "far from the question's names". Articles invented.
/// </summary>
public sealed class WeekdayTimeCompoundTests : InventedArticlesTest
{
    public WeekdayTimeCompoundTests()
    {
        Folder.Write("news/hafen.txt", """
            Neue Ankünfte im Hafen von Kerlingsund
            Die Behörden der Inselgruppe melden weiter starke Ankünfte. Mit zwei Schiffen sind am Freitag in der Früh rund 2.700 Urlauber im Hafen von Kerlingsund angekommen. Weitere Schiffe werden am Wochenende erwartet.

            Die Hotels der Insel sind seit Wochen ausgebucht. Die Gemeinde sucht nach weiteren Quartieren. Auch Turnhallen sollen geöffnet werden. Schon am Freitagmorgen hatte der Hafenmeister vor langen Wartezeiten gewarnt.
            """);
        Folder.Write("news/fest.txt", """
            Hafenfest in Kerlingsund abgesagt
            Das Hafenfest in Kerlingsund findet heuer nicht statt, teilte die Gemeinde mit.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_weekday_time_compound_is_answered_by_the_sentence_with_the_weekday()
    {
        var answer = await Engine.AskAsync("Wie viele Urlauber sind an einem Freitagmorgen in Kerlingsund angekommen?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("2.700", answer.Text);
    }

    [Theory]
    [InlineData("Freitagabend")]
    [InlineData("Sonntagnachmittag")]
    [InlineData("Montagmorgen")]
    public void A_weekday_time_compound_is_a_date_word(string word) => Assert.True(DateWords.Contains(word));

    [Theory]
    [InlineData("Freitagsgebet")]
    [InlineData("Sonntagszeitung")]
    public void Another_compound_of_a_weekday_is_not(string word) => Assert.False(DateWords.Contains(word));
}
