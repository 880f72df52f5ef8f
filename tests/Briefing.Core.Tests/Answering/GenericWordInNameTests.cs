using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, cross-lingual details: a generic word ("World", "New", "Time") in a name of several words is a detail
/// only with the rest of the name. The dictionary leaves generic words untranslated, so "World" of "World Bank" was
/// required of the German article, which writes "Weltbank", and the English question abstained on the answer.
/// </summary>
public sealed class GenericWordInNameTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        money /ˈmʌni/
        Geld <neut>
        ---
        bank /bæŋk/
        Bank <fem>
        ---
        agreement /əˈɡriːmənt/
        Abkommen <neut>
        ---
        sign /saɪn/
        unterschreiben <v>
        """;

    private const string GermanEnglish = """
        Geld /ɡɛlt/ <neut>
        money
        ---
        Abkommen /ˈapkɔmən/ <neut>
        agreement
        """;

    public GenericWordInNameTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/lorvia.txt", """
            Frist für Lorvia
            Lorvia muss das Abkommen bis zum 30. Juni unterschreiben, sonst gibt es kein Geld mehr von der Weltbank.
            Die Regierung in Lorvia will bis dahin eine Mehrheit finden.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_name_is_shown_by_the_compound_of_its_other_word()
    {
        var answer = await Engine.AskAsync("By what date must Lorvia sign the agreement to keep getting money from the World Bank?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("30. Juni", answer.Text);
    }
}
