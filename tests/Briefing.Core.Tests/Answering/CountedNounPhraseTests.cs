using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// What a how-many / how-much question counts, read as the article would write it (issue 10, false abstentions):
/// an English noun phrase ends in its counted noun ("How many rent support cases …?" counts cases, not rent), a word of
/// degree after "how much" ("How much extra …?") names no measured thing, and a generic noun that is never translated
/// ("Jahren") cannot tell an English sentence's counts apart. A figure that counts other things still does not answer.
/// </summary>
public sealed class CountedNounPhraseTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        agency /ˈeɪdʒənsi/
        Agentur <fem>, Behörde <fem>
        ---
        insults /ɪnsˈʌlts/
        Beleidigungen <pl>
        ---
        senate /sˈɛnət/
        Senat <masc>
        """;

    private const string GermanEnglish = """
        Beleidigungen /bəˈlaɪdɪɡʊŋən/ <pl>
        insults
        ---
        Senat /zeˈnaːt/ <masc>
        senate
        ---
        Senator /zeˈnaːtoːɐ̯/ <masc>
        senator
        ---
        beschimpft /bəˈʃɪmpft/
        insulted
        ---
        Jahr /jaːɐ̯/ <neut, n, sg>
        year
        ---
        Jahren /jaːʁən/ <pl>
        years
        """;

    public CountedNounPhraseTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/agency.txt", """
            Rent agency told to improve
            The Veldan rent support agency has been criticised by MPs for its slow handling of claims.
            The committee found that nearly 48,000 cases have yet to be handled.
            It also noted that 12 regional offices had closed since 2019.
            """);
        Folder.Write("news/tickets.txt", """
            Charity concert tickets on sale
            Tickets for the Nordcom charity concert in Kelby cost £12.
            Nordcom is donating a further 90p to the charity for each ticket sold online.
            """);
        Folder.Write("news/senate.txt", """
            Senator apologises to the Brill senate
            Senator Odo Marsh has apologised for the insults he hurled at the Brill senate.
            He said his comments - made some 31 years ago - had to be seen in context.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task An_english_phrase_counts_its_last_noun()
    {
        var answer = await Engine.AskAsync("How many rent support cases has the Veldan agency not handled yet?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("48,000 cases", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_phrase_whose_figure_counts_other_things_is_not_answered()
    {
        var answer = await Engine.AskAsync("How many rent support appeals has the Veldan agency not handled yet?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task How_much_extra_asks_an_amount()
    {
        var answer = await Engine.AskAsync("How much extra does Nordcom give to the charity for each ticket sold online?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("90p", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_generic_noun_is_not_checked_in_the_other_language()
    {
        var answer = await Engine.AskAsync("Vor wie vielen Jahren hatte Senator Odo Marsh den Brill-Senat beschimpft?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("31 years ago", answer.Text);
    }

    [Theory]
    [InlineData("How many child support cases has the agency still not processed?", "cases")]
    [InlineData("How many with-profits policyholders are affected by the cut?", "policyholders")]
    [InlineData("How many Kelby employees should lose their jobs?", "employees")]
    [InlineData("How many people around the mayor were arrested?", "people")]
    [InlineData("How many square miles large was the fire?", "miles")]
    [InlineData("How many aces did Mara Holm serve?", "aces")]
    [InlineData("How many kids died in the fire?", "kids")]
    [InlineData("How many Oscars did the film win?", "Oscars")]
    // Four words: "big" was read as the counted noun and "Eighty large net service firms" counted other things (probe45-069).
    [InlineData("How many big internet service companies have switched on the system?", "companies")]
    // The phrase ends at the verb: a noun of time further on ("last year") is not what is counted.
    [InlineData("How many Syrians fled Aleppo last year?", "Syrians")]
    public void The_counted_noun_ends_the_english_phrase(string question, string counted) =>
        Assert.Equal(counted, AskedUnit.Of(question)?.Word);

    [Theory]
    [InlineData("How much extra does the firm give?")]
    [InlineData("How much more will the firm donate?")]
    public void A_word_of_degree_names_no_unit(string question) => Assert.Null(AskedUnit.Of(question));
}
