using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, unanswerable name questions for a person that the answer type reads as the name of a thing: "Wie heißt der
/// zehnjährige Finne, der …?", "Which investor is buying …?". The article that tells the story without the name ("Ein
/// zehnjähriger Finne hat …", "an investor will buy …") was quoted, as its other words passed for the name; it is not the
/// answer. An article that names the person still answers. Articles invented.
/// </summary>
public sealed class PersonAskedAsNamedTests : InventedArticlesTest
{
    /// <summary>The German nouns of the articles, so that they are not read as names (the tests index no full lexicon).</summary>
    private const string GermanEnglish = """
        Lücke /ˈlʏkə/ <fem, n, sg>
        gap <n>
        ---
        App /ɛp/ <fem, n, sg>
        app <n>
        ---
        Fehler /ˈfeːlɐ/ <masc, n, sg>
        error <n>
        ---
        Belohnung /bəˈloːnʊŋ/ <fem, n, sg>
        reward <n>
        ---
        Geld /ɡɛlt/ <neut, n, sg>
        money <n>
        ---
        Fahrrad /ˈfaːɐ̯ˌʁaːt/ <neut, n, sg>
        bicycle <n>
        """;

    public PersonAskedAsNamedTests() : base("", GermanEnglish)
    {
        Folder.Write("news/finne.txt", """
            Zehnjähriger findet Lücke in Pixtal
            Helsinki – Ein zehnjähriger Finne hat eine Lücke in der App Pixtal gefunden und dafür eine Belohnung erhalten.
            Er will sich von dem Geld ein Fahrrad kaufen.
            """);
        Folder.Write("news/schwede.txt", """
            Zwölfjähriger findet Fehler in Blinko
            Stockholm – Der zwölfjährige Schwede Erik Lindqvist hat einen Fehler in der App Blinko gefunden und dafür eine Belohnung erhalten.
            Er will das Geld sparen.
            """);
        Folder.Write("news/fernline.txt", """
            Fernline finds backer
            US investor Carl Brandt is buying a 15% stake in the ferry operator Fernline for $12m.
            Fernline runs six ferries on the west coast.
            """);
        Folder.Write("news/norrby.txt", """
            Shooting outside Norrby studios
            A man was shot in the leg outside the Norrby radio studios in Kelford while DJ Tom Varga was on air.
            Tom Varga said he heard the shots from the studio.
            """);
        Folder.Write("news/ostby.txt", """
            Shooting outside Ostby studios
            A man, Paul Hendry, was shot in the leg outside the Ostby radio studios in Kelford while DJ Anna Reeve was on air.
            Anna Reeve said she heard the shots from the studio.
            """);
        Folder.Write("news/kelford.txt", """
            Regulator targets Kelford Bank
            The market regulator has filed complaints against Kelford Bank, its boss and another top executive over a bond issue.
            The regulator has begun proceedings against Kelford Bank, its chief executive Tom Hale and chief operating officer Jane Morrow.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_lede_that_opens_unnamed_does_not_deny_the_sentence_that_names_the_person_beside_the_noun()
    {
        var answer = await Engine.AskAsync("Besides its chief executive, which Kelford Bank executive was targeted by the market regulator's complaints?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Jane Morrow", answer.Text);
    }

    [Fact]
    public async Task A_report_that_tells_the_asked_event_of_a_man_unnamed_does_not_answer_with_another_name()
    {
        var answer = await Engine.AskAsync("What is the name of the man who was shot in the leg outside the Norrby radio studios?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task A_report_that_names_the_man_beside_the_indefinite_noun_answers()
    {
        var answer = await Engine.AskAsync("What is the name of the man who was shot in the leg outside the Ostby radio studios?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Paul Hendry", answer.Text);
    }

    [Fact]
    public async Task A_story_that_never_names_the_asked_person_does_not_answer_the_German_name_question()
    {
        var answer = await Engine.AskAsync("Wie heißt der zehnjährige Finne, der die Lücke in der App Pixtal gefunden hat?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task The_name_of_the_asked_person_answers_the_German_name_question()
    {
        var answer = await Engine.AskAsync("Wie heißt der zwölfjährige Schwede, der den Fehler in der App Blinko gefunden hat?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Erik Lindqvist", answer.Text);
    }

    [Fact]
    public async Task The_named_investor_answers_which_investor()
    {
        var answer = await Engine.AskAsync("Which investor is buying the 15% stake in Fernline?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Carl Brandt", answer.Text);
    }

    [Theory]
    [InlineData("Wie heißt der zehnjährige Finne, der eine Sicherheitslücke gemeldet hat?", "Finne")]
    [InlineData("Wie heißt die in Linz verurteilte deutsche Hundezüchterin?", "Hundezüchterin")]
    [InlineData("Mit welchem Inselmakler arbeitet Tchibo zusammen?", "Inselmakler")]
    [InlineData("Which investor is buying the stake?", "investor")]
    [InlineData("Wie heißt der 43-jährige Mann aus Bergen bei Celle, der seine Frau angezündet haben soll?", "Mann")]
    [InlineData("Wie heißen die beiden festgenommenen Redakteure der Zeitschrift Nokta?", "Redakteure")]
    public void A_person_noun_the_answer_type_reads_as_a_thing_is_read(string question, string noun)
    {
        Assert.Equal(noun, PersonAskedAsNamed.PersonNoun(question));
    }

    [Theory]
    [InlineData("Welche Länder nehmen laut Faymann den Großteil der Flüchtlinge auf?")]
    [InlineData("Um welchen Faktor kann sich die Pupillenfläche verändern?")]
    [InlineData("Welches Theater zeigt das Stück?")]
    [InlineData("Which sector grew fastest?")]
    public void A_thing_with_an_agent_ending_is_no_person(string question)
    {
        Assert.Null(PersonAskedAsNamed.PersonNoun(question));
    }
}
