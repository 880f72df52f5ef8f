using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie heißt der festgenommene Kommandeur …?" asks for a person's name (issue 10, part 3: a detail the article does
/// not give), as "Wie heißt der Fahrer …?" does: German nouns of people in "-eur" (Kommandeur, Redakteur, Ingenieur).
/// Read as a thing's name, a sentence naming only the place of the report answered it. The article that names the
/// person still answers, in German and in English ("the new reporter"). (The English near-miss over "The Northview paper
/// has hired a new reporter, the publisher said in Elmbury." still answers: another cause, left open.)
/// </summary>
public sealed class AgentNounNameQuestionTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        reporter /ɹɪˈpɔːtə/
        Redakteur <masc>
        """;

    private const string GermanEnglish = """
        Redakteur /ʁedakˈtøːɐ̯/ <masc, n, sg>
        reporter <n>
        ---
        Zeitung /ˈtsaɪ̯tʊŋ/ <fem, n, sg>
        newspaper <n>
        ---
        Verlag /fɛɐ̯ˈlaːk/ <masc, n, sg>
        publisher <n>
        """;

    public AgentNounNameQuestionTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/nordblick.txt", """
            Zeitung Nordblick stellt ein
            Die Zeitung Nordblick hat einen neuen Redakteur eingestellt, teilte der Verlag in Kaltenbrunn mit.
            """);
        Folder.Write("news/suedblick.txt", """
            Zeitung Südblick stellt ein
            Neuer Redakteur der Zeitung Südblick ist Jonas Weber, teilte der Verlag in Kaltenbrunn mit.
            """);
        Folder.Write("news/southview.txt", """
            Southview paper hires
            The new reporter of the Southview paper is Laura Finch, the publisher said in Elmbury.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task An_article_that_names_no_one_does_not_answer_for_the_person()
    {
        var german = await Engine.AskAsync("Wie heißt der neue Redakteur der Zeitung Nordblick?");

        Assert.True(german.Abstained, german.Text);
    }

    [Fact]
    public async Task The_article_that_names_the_person_still_answers()
    {
        var german = await Engine.AskAsync("Wie heißt der neue Redakteur der Zeitung Südblick?");
        var english = await Engine.AskAsync("What's the name of the new reporter of the Southview paper?");

        Assert.False(german.Abstained, german.Text);
        Assert.Contains("Jonas Weber", german.Citations[0].Quote);
        Assert.False(english.Abstained, english.Text);
        Assert.Contains("Laura Finch", english.Citations[0].Quote);
    }
}
