using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Ab welchem Alter sollen Kinder getestet werden?", "From what age …?" (issue 10): the age a rule starts at is asked
/// as an age is, so the sentence that states it ("Im Alter von 3,5 Jahren …") answers; read as "which Alter" the
/// question wanted a name, and a sentence naming the minister led instead.
/// </summary>
public sealed class AgeARuleStartsAtTests : InventedArticlesTest
{
    public AgeARuleStartsAtTests()
    {
        Folder.Write("news/sprachtest.txt", """
            Sprachtest für Kindergartenkinder in Vorarlberg
            Bildungslandesrätin Karin Obermayr hat die Reform am Dienstag in Bregenz vorgestellt.
            Im Alter von 3,5 Jahren sollen Kinder künftig auf ihre Sprachfähigkeiten getestet werden.
            Die Gemeinden müssen dafür zusätzliche Pädagoginnen einstellen.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_sentence_stating_the_starting_age_answers()
    {
        var answer = await Engine.AskAsync("Ab welchem Alter sollen Kinder in Vorarlberg auf ihre Sprachfähigkeiten getestet werden?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("3,5 Jahren", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("Ab welchem Alter dürfen Jugendliche wählen?", true)]
    [InlineData("Bis zu welchem Alter zahlt die Kasse?", true)]
    [InlineData("From what age can children use the app?", true)]
    [InlineData("Ab welchem Jahr gilt die neue Regel?", false)]
    [InlineData("Ab welchem Datum gilt das Verbot?", false)]
    public void A_starting_age_is_asked_as_an_age_and_a_starting_year_is_not(string question, bool asked) =>
        Assert.Equal(asked, AskedAge.IsAsked(question));
}
