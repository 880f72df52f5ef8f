using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// The asker writes a name or compound in another form than the article, and the details check abstained with the
/// answering article ranked first: the place's adjective for the place ("Nordkarelische" / "Nordkarelien": a place in
/// -ien writes its adjective with "sch" after the i), the people for an English place in -a ("Zemblan" / "Zembla"), a
/// compound with a two-letter head whose parts the article writes apart ("Ölproduktion" / "Produktion von Öl"); and a
/// verb form opening the question ("Abgesehen von …") was taken for a name no article writes.
/// Each article is invented, so no dictionary lists its place; the near-miss questions keep the check strict.
/// </summary>
public sealed class NameAndCompoundFormsTests : InventedArticlesTest
{
    // The everyday nouns of the questions are listed, as FreeDict lists them: unlisted, they were taken for names.
    private const string GermanEnglish = """
        Dorf /dɔʁf/ <neut>
        village
        ---
        Haus /haʊ̯s/ <neut>
        house
        ---
        Feld /fɛlt/ <neut>
        field
        """;

    private const string EnglishGerman = """
        ferry /fɛɹi/
        Fähre <fem>
        """;

    public NameAndCompoundFormsTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/karelien.txt", """
            Leben im Norden
            Nordkarelien ist dünn besiedelt und hat lange Winter.
            Ein Großteil Nordkareliens ist bekannt für seine roten Holzhäuser am Seeufer.
            """);
        Folder.Write("news/felder.txt", """
            Neue Felder vor der Küste
            Das Finden von Öl und die Entwicklung neuer Felder dauerten meist sieben Jahre, bevor eine nennenswerte Produktion erreicht wurde.
            Die Firmen suchten nach dem Embargo auch in unwegsamen Gebieten.
            """);
        Folder.Write("news/ferry.txt", """
            Ferry strike ends
            The Zemblan island ferry resumed service on Monday after a two-week strike by its crews.
            """);
        // Another article writes the place itself, so it is a known name, not one misspelt (which a word one letter apart shows).
        Folder.Write("news/vote.txt", """
            Zembla votes
            Voters in Zembla elect a new parliament on Sunday.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_place_asked_by_its_adjective_is_shown_by_the_place()
    {
        var answer = await Engine.AskAsync("Nordkarelische Dörfer sind für welche Häuser bekannt?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Holzhäuser", answer.Text);
    }

    [Fact]
    public async Task A_place_asked_by_name_is_shown_by_its_people_adjective()
    {
        var answer = await Engine.AskAsync("When did the ferry in Zembla resume service?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Monday", answer.Text);
    }

    [Fact]
    public async Task A_compound_with_a_two_letter_head_is_shown_by_its_parts_apart()
    {
        var answer = await Engine.AskAsync("Wie lange dauert es, bis auf neuen Feldern eine nennenswerte Ölproduktion erreicht wird?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("sieben Jahre", answer.Text);
    }

    [Fact]
    public async Task A_verb_form_opening_the_question_is_no_name()
    {
        var answer = await Engine.AskAsync("Abgesehen vom Embargo, wie lange dauerte es, bis auf neuen Feldern eine nennenswerte Produktion erreicht wurde?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("sieben Jahre", answer.Text);
    }

    [Fact]
    public async Task A_compound_whose_head_the_article_lacks_is_still_missing()
    {
        var answer = await Engine.AskAsync("Wie lange dauert es, bis auf neuen Feldern eine nennenswerte Gasproduktion erreicht wird?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task Another_place_that_begins_alike_is_no_match()
    {
        var answer = await Engine.AskAsync("When did the ferry in Zemblania resume service?");

        Assert.True(answer.Abstained, answer.Text);
    }
}
