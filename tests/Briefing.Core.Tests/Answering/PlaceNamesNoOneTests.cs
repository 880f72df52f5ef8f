using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A question for a person's name (issue 10, part 3: a detail the article does not give) is not answered by a sentence
/// whose only new name is a place: "Wie hieß der Mann …?" over "Eine Menge hat im Dorf Belgaum einen Mann erschlagen"
/// names where, not who. The look-alike whose article names the man still answers.
/// </summary>
public sealed class PlaceNamesNoOneTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        crowd /kɹaʊd/
        Menge <fem>
        ---
        Friday /ˈfɹaɪdeɪ/
        Freitag <masc>
        """;

    private const string GermanEnglish = """
        Menge /ˈmɛŋə/ <fem, n, sg>
        crowd <n>
        ---
        Polizei /poliˈtsaɪ̯/ <fem, n, sg>
        police <n>
        ---
        Dorf /dɔʁf/ <neut, n, sg>
        village <n>
        ---
        Mann /man/ <masc, n, sg>
        man <n>
        ---
        Bauer /ˈbaʊ̯ɐ/ <masc, n, sg>
        farmer <n>
        """;

    public PlaceNamesNoOneTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/karnavati.txt", """
            Mann in Karnavati erschlagen
            Karnavati – Eine aufgebrachte Menge hat am Freitag im Dorf Belgaum einen Mann erschlagen, teilte die Polizei mit.
            """);
        Folder.Write("news/seeburg.txt", """
            Bauer in Seeburg erschlagen
            Seeburg – Eine aufgebrachte Menge hat am Freitag im Dorf Talwang den Bauern Ravi Kumar erschlagen, teilte die Polizei mit.
            """);
        Folder.Write("news/marsh.txt", """
            Man killed in Marshford
            Marshford - An angry crowd attacked and killed a man in the village of Elmbury on Friday, police said.
            """);
        Folder.Write("news/fenwick.txt", """
            Farmer killed in Fenwick
            Fenwick - An angry crowd attacked and killed farmer Tom Ashby in the village of Dunmore on Friday, police said.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_sentence_naming_only_a_new_place_does_not_answer_who()
    {
        var german = await Engine.AskAsync("Wie hieß der Mann, der in Karnavati erschlagen wurde?");
        var english = await Engine.AskAsync("What was the name of the man killed in Marshford?");

        Assert.True(german.Abstained, german.Text);
        Assert.True(english.Abstained, english.Text);
    }

    [Fact]
    public async Task A_sentence_naming_the_person_beside_a_place_still_answers()
    {
        var german = await Engine.AskAsync("Wie hieß der Bauer, der in Seeburg erschlagen wurde?");
        var english = await Engine.AskAsync("What was the name of the farmer killed in Fenwick?");

        Assert.False(german.Abstained, german.Text);
        Assert.Contains("Ravi Kumar", german.Citations[0].Quote);
        Assert.False(english.Abstained, english.Text);
        Assert.Contains("Tom Ashby", english.Citations[0].Quote);
    }
}
