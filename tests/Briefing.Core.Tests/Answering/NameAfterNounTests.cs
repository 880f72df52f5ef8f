using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A word the dictionary does not list, written right after a noun, names what the question is about
/// ("Polizeisprecher Konrad Waldmann"), although it reads as a compound of indexed words ("Wald", "Mann") and the
/// question names much else: an article that quotes another spokesman of the same first name about the same fires
/// does not answer. The article that names him, the only one, does.
/// </summary>
public sealed class NameAfterNounTests : InventedArticlesTest
{
    // As FreeDict lists it, the first name is a word of the language: only the surname names the man.
    private const string GermanEnglish = """
        Konrad
        Konrad
        ---
        Garten /ɡaʁtn̩/ <masc>
        garden
        """;

    private const string EnglishGerman = """
        garden
        Garten <masc>
        """;

    private const string Question = "Was sagte Polizeisprecher Konrad Waldmann zur Brandserie im Stadtteil Gnigl?";

    public NameAfterNounTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/brand.txt", """
            Brandserie in Gnigl
            Nach einer Brandserie im Stadtteil Gnigl ist eine Frau festgenommen worden.
            Polizeisprecher Konrad Huber sagte, die Frau habe einen Brand gestanden.
            """);
        Folder.Write("news/wald.txt", """
            Ein Garten am Wald
            Im Garten hinter dem Wald sitzt ein Mann.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_name_after_a_noun_that_no_article_writes_is_not_answered_by_another_spokesman()
    {
        var answer = await Engine.AskAsync(Question);

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task The_one_article_that_writes_the_name_answers()
    {
        Folder.Write("more/rosenberg.txt", """
            Ermittlungen zur Brandserie
            Polizeisprecher Konrad Waldmann sagte, die Ermittlungen zur Brandserie im Stadtteil Gnigl dauerten noch an.
            """);
        await Engine.IngestAsync(Folder.Combine("more"));

        var answer = await Engine.AskAsync(Question);

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Ermittlungen", answer.Text);
    }
}
