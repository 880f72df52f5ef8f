using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, a detail the article does not give: "Wie heißen die Redakteure, die …?" asks for the names of people, as
/// "Wie heißt der Redakteur, der …?" does. Read as a thing's name (a plural "-eure" noun was no agent noun, a plural
/// verb no name question), any name in the report answered: the mayor on the magazine's cover. The names must stand
/// beside the asked noun, and the article that gives them still answers. Articles invented.
/// </summary>
public sealed class PluralPersonNameQuestionTests : InventedArticlesTest
{
    public PluralPersonNameQuestionTests()
    {
        Folder.Write("news/weitblick.txt", """
            Redakteure der Zeitschrift Weitblick festgenommen
            Zwei leitende Redakteure der Zeitschrift Weitblick sind am Montag in Kaltenbrunn festgenommen worden, berichtete die Zeitschrift.
            Die Titelseite der jüngsten Ausgabe zeigte Bürgermeister Anton Berger mit einer Krone.
            """);
        Folder.Write("news/fernblick.txt", """
            Redakteure der Zeitschrift Fernblick festgenommen
            Die Redakteure Jonas Weber und Lena Roth von der Zeitschrift Fernblick wurden am Montag in Lindental festgenommen.
            Der Verlag protestierte gegen die Festnahmen.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_name_away_from_the_asked_people_does_not_answer()
    {
        var answer = await Engine.AskAsync("Wie heißen die beiden Redakteure, die für die Zeitschrift Weitblick schreiben und festgenommen wurden?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task The_names_beside_the_asked_noun_answer()
    {
        var answer = await Engine.AskAsync("Wie heißen die beiden Redakteure, die für die Zeitschrift Fernblick schreiben und festgenommen wurden?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Jonas Weber", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("Wie heißen die beiden festgenommenen Redakteure der Zeitschrift Nokta?")]
    [InlineData("Wie hießen die verletzten Journalisten von Radio Nord?")]
    public void A_plural_noun_of_people_asks_for_people(string question)
    {
        Assert.Equal(AnswerType.Person, ExpectedAnswerType.Of(question));
    }

    [Fact]
    public void A_plural_name_question_has_its_asked_noun()
    {
        Assert.Equal("Redakteure", AskedPersonNoun.Of("Wie heißen die Redakteure, die festgenommen wurden?"));
    }

    [Fact]
    public void A_thing_after_the_name_question_is_still_a_thing()
    {
        Assert.Equal(AnswerType.Named, ExpectedAnswerType.Of("Wie heißt die neue Platte von Jay-Jay Johanson?"));
    }
}
