using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wie viele Hunde hielt das Züchterpaar …?" over "rund 740 Tiere unter widrigen Bedingungen gehalten", "Wie viele
/// Fundstücke …?" over "weit über 10.000 Objekte": news counts the asked thing by its class (animals, objects), and the
/// answer abstained because the figure "counts other things" (issue 10, false abstentions, probes 34-059, 8-017). A class noun right after the figure counts the asked thing
/// as the dictionary's other words for it do (<see cref="ClassNouns"/>); people are named by more person nouns than the
/// list knew ("Zusehern", "Stimmberechtigte", the feminine and both-forms plurals "WissenschafterInnen").
/// </summary>
public sealed class CountedByItsClassTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        dog /dɒɡ/
        Hund <masc>
        """;

    /// <summary>The article's common nouns, so that they are not read as names.</summary>
    private const string GermanEnglish = """
        Hund /hʊnt/ <masc, n, sg>
        dog <n>
        ---
        Tier /tiːɐ̯/ <neut, n, sg>
        animal <n>
        ---
        Paar /paːɐ̯/ <neut, n, sg>
        couple <n>
        ---
        Züchter /ˈtsʏçtɐ/ <masc, n, sg>
        breeder <n>
        ---
        Bedingung /bəˈdɪŋʊŋ/ <fem, n, sg>
        condition <n>
        ---
        Gericht /ɡəˈʁɪçt/ <neut, n, sg>
        court <n>
        ---
        Haft /haft/ <fem, n, sg>
        custody <n>
        ---
        Welpe /ˈvɛlpə/ <masc, n, sg>
        puppy <n>
        """;

    public CountedByItsClassTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/hunde.txt", """
            Züchterpaar aus dem Lindachtal verurteilt
            Obernau – Ein Züchterpaar ist am Montag vom Gericht in Obernau zu bedingter Haft verurteilt worden.
            Das Paar soll im Lindachtal rund 740 Tiere unter widrigen Bedingungen gehalten haben.
            Die Welpen wurden über das Internet verkauft.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("WissenschafterInnen", true)]
    [InlineData("Lehrerinnen", true)]
    [InlineData("Zusehern", true)]
    [InlineData("Stimmberechtigte", true)]
    [InlineData("Geflüchtete", true)]
    [InlineData("Spinnen", false)]
    [InlineData("Dachrinnen", false)]
    public void The_article_names_people_by_these_nouns(string word, bool person) =>
        Assert.Equal(person, PersonNouns.IsPersonNoun(word));

    [Fact]
    public async Task Rund_740_Tiere_answers_how_many_Hunde()
    {
        var answer = await Engine.AskAsync("Wie viele Hunde hielt das verurteilte Züchterpaar im Lindachtal unter schlechten Bedingungen?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("740 Tiere", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("Hunde", "de", new[] { "Tiere", "Exemplare", "Objekte", "Gegenstände" })]
    [InlineData("Geflüchtete", "de", new string[0])]
    [InlineData("Leute", "de", new string[0])]
    public void A_count_is_counted_by_its_class(string noun, string language, string[] classes) =>
        Assert.Equal(classes, ClassNouns.For(AskedUnit.Of($"Wie viele {noun} waren es?")!, language));
}
