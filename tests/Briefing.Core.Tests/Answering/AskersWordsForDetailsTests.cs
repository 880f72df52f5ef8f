using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// The details check (an answer's article must show the question's names and figures) read the asker's words
/// literally, and answerable questions were abstained on with the gold article ranked first: the article wrote the
/// detail as part of a compound ("deutschsprachig" for "Deutsch"), with a unit glued to a figure ("$280bn" for
/// "280"), as initials ("PSG" for "Paris Saint-Germain"), with a compound's parts apart ("Zugang zum Internet" for
/// "Internetzugang") or as an adjective ("European" for "Europe").
/// </summary>
public sealed class AskersWordsForDetailsTests : InventedArticlesTest
{
    // FreeDict gives German language and nationality words capitalised translations, so the detector takes them
    // for names, and it lists some compounds whole.
    private const string GermanEnglish = """
        Deutsch /dɔʏtʃ/ <neut>
        German
        ---
        Internetzugang /ɪntɐnɛttsuːɡaŋ/ <masc>
        Internet access
        ---
        Verlag /fɛɐlaːk/ <masc>
        publisher
        ---
        Roman /ʁomaːn/ <masc>
        novel
        """;

    private const string EnglishGerman = """
        claim /kleɪm/
        Forderung <fem>
        """;

    public AskersWordsForDetailsTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/roman.txt", """
            Ein neuer Anlauf für Mara Lind
            Zweimal ist Mara Lind am deutschsprachigen Markt gescheitert. Jetzt bringt der Verlag Nordbuch ihren Roman Umriss heraus.
            """);
        Folder.Write("news/flucht.txt", """
            Details aus der Fluchtwohnung
            Die Angeklagte schilderte das Leben in der Fluchtwohnung in Zwickau. Streit habe es auch beim Zugang zum Internet gegeben.
            Uwe Berger war strikt dagegen, da er darin ein Sicherheitsrisiko sah.
            """);
        Folder.Write("news/tobacco.txt", """
            US renews tobacco case
            The US Justice Department wants to revive its claim for $280bn in damages from tobacco firms.
            The civil lawsuit was filed in 1999 by the administration of Bill Clinton.
            """);
        Folder.Write("news/transfer.txt", """
            Anelka wants to leave City
            Manchester City striker Nicolas Anelka has asked to leave the club.
            City still owe PSG £5m from the purchase of Anelka in May 2002.
            """);
        Folder.Write("news/elvis.txt", """
            Elvis fans gather by the sea
            A three-day Elvis convention took place in Blackpool over the weekend with the aim of finding the best European Elvis impersonator.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_language_word_is_shown_by_the_compound_adjective_the_article_writes()
    {
        var answer = await Engine.AskAsync("Bei welchem Verlag erscheint der Roman von Mara Lind auf Deutsch?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Nordbuch", answer.Text);
    }

    [Fact]
    public async Task A_listed_compound_is_shown_by_its_parts_written_apart()
    {
        var answer = await Engine.AskAsync("Wieso wollte Uwe Berger in der Fluchtwohnung keinen Internetzugang?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.All(answer.Citations, c => Assert.Contains("flucht", c.ArticleId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_figure_is_shown_with_its_unit_glued_on()
    {
        var answer = await Engine.AskAsync("When was the 280 billion dollar claim against tobacco firms filed?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("1999", answer.Text);
    }

    [Fact]
    public async Task Another_figure_that_starts_with_the_same_digits_is_no_match()
    {
        var answer = await Engine.AskAsync("When was the 28 billion dollar claim against tobacco firms filed?");

        Assert.True(answer.Abstained, answer.Text);
        Assert.Contains("28", answer.Text);
    }

    [Fact]
    public async Task A_club_is_shown_by_its_initials()
    {
        var answer = await Engine.AskAsync("How much does Manchester City still owe Paris Saint-Germain for Anelka?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("£5m", answer.Text);
    }

    [Fact]
    public async Task A_continent_is_shown_by_its_adjective()
    {
        var answer = await Engine.AskAsync("Where was the convention to find Europe's best Elvis impersonator held?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Blackpool", answer.Text);
    }
}
