using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie hieß die 23-Jährige, die …?" asks for the person an age describes: the report writes the age before its noun
/// ("das 23-jährige Opfer"), and the answer names her beside it. A name elsewhere in the sentence is someone else's:
/// the expert who reported it (probe22-070 quoted "Sachverständigen Wolfgang Denk, dass das 23-jährige Opfer …").
/// All articles are invented.
/// </summary>
public sealed class AgeNamedPersonTests : InventedArticlesTest
{
    /// <summary>The German nouns the articles write, as a dictionary lists them: common words, no names.</summary>
    private const string EnglishGerman = """
        trial /x/
        Prozess <masc>
        ---
        accident /x/
        Unfall <masc>
        ---
        field path /x/
        Feldweg <masc>
        ---
        court /x/
        Gericht <neut>
        ---
        woman /x/
        Frau <fem>
        ---
        expert /x/
        Gutachter <masc>
        ---
        victim /x/
        Opfer <neut>
        ---
        fire /x/
        Brand <masc>
        ---
        pensioner /x/
        Pensionist <masc>
        ---
        pensioners /x/
        Pensionisten <pl>
        ---
        firefighter /x/
        Feuerwehrmann <masc>
        ---
        house /x/
        Haus <neut>
        ---
        rescuer /x/
        Retter <masc>
        ---
        man /x/
        Mann <masc>
        ---
        floor /x/
        Stock <masc>
        ---
        year-old /x/
        Jährige <fem>
        """;

    private const string GermanEnglish = """
        Prozess /x/ <masc>
        trial
        ---
        Unfall /x/ <masc>
        accident
        ---
        Feldweg /x/ <masc>
        field path
        ---
        Gericht /x/ <neut>
        court
        ---
        Frau /x/ <fem>
        woman
        ---
        Gutachter /x/ <masc>
        expert
        ---
        Opfer /x/ <neut>
        victim
        ---
        Brand /x/ <masc>
        fire
        ---
        Pensionist /x/ <masc>
        pensioner
        ---
        Pensionisten /x/ <pl>
        pensioners
        ---
        Feuerwehrmann /x/ <masc>
        firefighter
        ---
        Haus /x/ <neut>
        house
        ---
        Retter /x/ <masc>
        rescuer
        ---
        Mann /x/ <masc>
        man
        ---
        Stock /x/ <masc>
        floor
        ---
        Jährige /x/ <fem>
        year-old
        """;

    public AgeNamedPersonTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/unfall.txt", """
            Prozess um tödlichen Unfall auf Feldweg bei Kelbach
            Ein 30-Jähriger steht vor Gericht, weil er auf einem Feldweg bei Kelbach eine Frau überrollt hat.
            Laut dem Gutachter Walter Brenner ist sicher, dass das 23-jährige Opfer bereits auf dem Feldweg gelegen ist.
            """);
        Folder.Write("news/brand.txt", """
            Brand in Norbach: Pensionist gerettet
            In Norbach hat ein Feuerwehrmann einen Pensionisten aus einem brennenden Haus gerettet.
            Der 41-jährige Retter, Karl Moser, trug den Mann aus dem ersten Stock.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Wie hieß die 23-Jährige, die auf dem Feldweg überrollt wurde?", "23-Jährige")]
    [InlineData("What was the name of the 23-year-old who was run over?", "23-year-old")]
    public void An_age_is_the_noun_the_person_is_asked_by(string question, string noun) =>
        Assert.Equal(noun, AskedPersonNoun.Of(question));

    [Fact]
    public async Task A_name_in_another_clause_is_not_the_described_person()
    {
        var answer = await Engine.AskAsync("Wie hieß die 23-Jährige, die auf dem Feldweg bei Kelbach überrollt wurde?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task A_name_beside_the_age_answers()
    {
        var answer = await Engine.AskAsync("Wie heißt der 41-Jährige, der in Norbach den Pensionisten gerettet hat?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Karl Moser", answer.Text);
    }
}
