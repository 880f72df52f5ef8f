using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>
/// A question's details (names, terms) are checked in the article of the other language through their
/// translations; German writes many of them as part of a compound the dictionary does not list.
/// </summary>
public sealed class CrossLingualConstraintTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        ice age /ˈaɪs eɪdʒ/
        Eiszeit
        ---
        ice /ˈaɪs/
        Eis
        ---
        age /ˈeɪdʒ/
        Zeitalter, Alter
        ---
        end /ˈɛnd/
        enden, beenden
        ---
        Europe /jˈʊəɹəp/
        Europa
        """;

    private const string GermanEnglish = """
        Eiszeit /ˈaɪ̯sˌt͡saɪ̯t/
        ice age
        """;

    public CrossLingualConstraintTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/eiszeit.txt", """
            Forscher datieren das Ende der Kälte
            Die letzte Eiszeitphase in Europa endete vor etwa 11.600 Jahren, berichten Forscher aus Kiel.
            Danach breiteten sich in Mitteleuropa rasch Wälder aus.
            """);
        Folder.Write("news/winter.txt", """
            Kalter Winter erwartet
            Der Deutsche Wetterdienst erwartet für Europa einen kalten Winter mit viel Eis auf den Seen.
            """);
        Folder.Write("news/museum.txt", """
            Mammut im Museum
            Das Landesmuseum zeigt ab Mai ein Mammut aus der Eiszeit.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task An_english_term_shows_in_a_german_article_as_part_of_a_compound()
    {
        // "Ice Age" is "Eiszeit"; the article writes "Eiszeitphase", a compound no dictionary lists.
        var answer = await Engine.AskAsync("How long ago did the last Ice Age end in Europe?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Equal("news/eiszeit", answer.Citations[0].ArticleId);
        Assert.Contains("11.600 Jahren", answer.Citations[0].Quote);
    }
}
