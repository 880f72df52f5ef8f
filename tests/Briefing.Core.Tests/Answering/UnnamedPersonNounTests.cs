using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie heißt der Schütze …?" and "What's the name of the teenager …?" ask for a person's name (issue 10, unanswerable
/// detail): "Schütze" has no agent ending and "teenager" was no person noun, so the questions were read as asking for
/// a thing's name, and a sentence about the event that names no one answered. The article that names the person still answers.
/// </summary>
public sealed class UnnamedPersonNounTests : InventedArticlesTest
{
    /// <summary>The German nouns of the articles, so that they are not read as names (the tests index no full lexicon).</summary>
    private const string GermanEnglish = """
        Dorffest /ˈdɔʁffɛst/ <neut, n, sg>
        village fair <n>
        ---
        Waldfest /ˈvaltfɛst/ <neut, n, sg>
        forest fair <n>
        ---
        Mann /man/ <masc, n, sg>
        man <n>
        ---
        Besucher /bəˈzuːxɐ/ <masc, n, pl>
        visitors <n>
        ---
        Polizei /poliˈt͡saɪ̯/ <fem, n, sg>
        police <n>
        ---
        Nacht /naxt/ <fem, n, sg>
        night <n>
        ---
        Schütze /ˈʃʏt͡sə/ <masc, n, sg>
        shooter <n>
        """;

    public UnnamedPersonNounTests() : base("", GermanEnglish)
    {
        Folder.Write("news/schuetzenfest.txt", """
            Schüsse nach Dorffest in Kaltenbrunn
            Nach einem Dorffest in Kaltenbrunn hat ein Mann auf Besucher geschossen. Die Polizei nahm ihn in der Nacht fest.
            """);
        Folder.Write("news/waldfest.txt", """
            Schüsse nach Waldfest in Lindau
            Nach einem Waldfest in Lindau hat ein Mann auf Besucher geschossen. Der Schütze, der 41-jährige Jonas Weber, wurde in der Nacht festgenommen.
            """);
        Folder.Write("news/forum.txt", """
            Teenager held over fraud forum
            A teenager from Elmbury has been arrested over a fraud forum that sold stolen card details, police said. The forum had about 4,000 members.
            """);
        Folder.Write("news/forum2.txt", """
            Teenager charged over hacking forum
            Police in Ashby have charged the teenager Laura Finch over a hacking forum that sold stolen card details.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task An_article_that_names_no_one_does_not_answer_for_the_person()
    {
        var german = await Engine.AskAsync("Wie heißt der Schütze, der nach dem Dorffest in Kaltenbrunn auf Besucher geschossen hat?");
        var english = await Engine.AskAsync("What's the name of the Elmbury teenager arrested over the fraud forum?");

        Assert.True(german.Abstained, german.Text);
        Assert.True(english.Abstained, english.Text);
    }

    [Fact]
    public async Task The_article_that_names_the_person_still_answers()
    {
        var german = await Engine.AskAsync("Wie heißt der Schütze, der nach dem Waldfest in Lindau auf Besucher geschossen hat?");
        var english = await Engine.AskAsync("What's the name of the Ashby teenager charged over the hacking forum?");

        Assert.False(german.Abstained, german.Text);
        Assert.Contains("Jonas Weber", german.Text);
        Assert.False(english.Abstained, english.Text);
        Assert.Contains("Laura Finch", english.Text);
    }
}
