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
        ---
        seats /siːts/
        Sitze <pl>, Mandate <pl>
        ---
        party /ˈpɑːti/
        Partei <fem>
        ---
        election /ɪˈlɛkʃən/
        Wahl <fem>
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
        Folder.Write("news/wahl.txt", """
            Wahl in Lorvia
            Bei der Wahl in Lorvia gewann die Volkspartei von Premier Ostrava 119 von 350 Mandaten.
            Eine eigene Mehrheit verfehlte die Partei.
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

    [Fact]
    public async Task A_generic_word_in_the_possessive_before_the_names_next_word_is_no_detail_of_its_own()
    {
        // German writes "Volkspartei": "Party" is shown by its compound, "People" by nothing, and this index holds no
        // "People" at all, which must not make it an unknown word to require either.
        var answer = await Engine.AskAsync("How many seats did the People's Party win in the Lorvia election?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("119", answer.Text);
    }

    [Fact]
    public async Task The_names_other_word_stays_a_detail()
    {
        // Only the generic word is let go: a question about Ostrava's People's Union is not answered by the party's result.
        var answer = await Engine.AskAsync("How many seats did Ostrava's People's Union win in the Lorvia election?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
