using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, unanswerable name questions for a person asked by a noun that is no title ("Wie heißt der 43-jährige Mann,
/// der …?"): the article that tells of him without his name quotes the prosecutor by name ("sagte Staatsanwalt Witold
/// Franke"), and that name was given as the man's. A name right after another title is that title's holder; a name
/// beside the asked title, or beside none, still answers. Articles invented.
/// </summary>
public sealed class PersonInAnotherRoleTests : InventedArticlesTest
{
    public PersonInAnotherRoleTests() : base("", "")
    {
        Folder.Write("news/brand.txt", """
            Frau in Brand gesetzt
            Celle – Ein 43-jähriger Mann soll in Kiefheim seine Frau mit Benzin übergossen und angezündet haben.
            Der 43-jährige habe seine Frau in Kiefheim mit Benzin angezündet, sagte Staatsanwalt Witold Franke.
            """);
        Folder.Write("news/raub.txt", """
            Räuber gefasst
            Linz – Ein 31-jähriger Mann soll in Traunberg eine Tankstelle überfallen haben.
            Der 31-jährige Ronald Kessler wurde am Montag festgenommen, sagte Polizeisprecher Markus Lehner.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_prosecutor_named_in_the_story_is_not_the_asked_man()
    {
        var answer = await Engine.AskAsync("Wie heißt der 43-jährige Mann, der in Kiefheim seine Frau mit Benzin angezündet haben soll?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task A_name_beside_no_title_still_answers_though_a_spokesman_is_named_too()
    {
        var answer = await Engine.AskAsync("Wie heißt der 31-jährige Mann, der in Traunberg eine Tankstelle überfallen haben soll?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Ronald Kessler", answer.Text);
    }

    [Theory]
    [InlineData("Staatsanwalt", "Mann", "Wie heißt der 43-jährige Mann, der seine Frau angezündet haben soll?")]
    [InlineData("Staatspräsident", "Redakteure", "Wie heißen die beiden festgenommenen Redakteure der Zeitschrift Nokta?")]
    [InlineData("publicist", "employee", "Which employee leaked the details?")]
    public void A_title_that_is_neither_the_asked_noun_nor_the_questions_is_another_role(string title, string noun, string question)
    {
        Assert.True(PersonAskedAsNamed.IsAnotherRole(title, noun, question));
    }

    [Theory]
    [InlineData("Chefredakteur", "Redakteur", "Wie heißt der Redakteur, der festgenommen wurde?")]
    [InlineData("Redakteurin", "Redakteurin", "Wie heißt die Redakteurin, die festgenommen wurde?")]
    [InlineData("Staatsanwalt", "Mann", "Wie heißt der Mann, den der Staatsanwalt angeklagt hat?")]
    public void The_asked_title_or_one_the_question_writes_is_no_other_role(string title, string noun, string question)
    {
        Assert.False(PersonAskedAsNamed.IsAnotherRole(title, noun, question));
    }
}
