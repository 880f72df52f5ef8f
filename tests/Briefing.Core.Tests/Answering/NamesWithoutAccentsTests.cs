using Briefing.Core.Tests.Support;
using Briefing.Core.Text;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// The asker types a name without its diacritics, the article writes them (issue 10: abstain only when no article has
/// it): "Deroziere" for "Dérozière". The English analyser keeps accents, so the two spellings were different terms and
/// the details check abstained on the article that answered. Two accents apart is no one-letter misspelling either.
/// </summary>
public sealed class NamesWithoutAccentsTests : InventedArticlesTest
{
    public NamesWithoutAccentsTests()
    {
        Folder.Write("news/harbour.txt", """
            Harbour plan approved in Calverton
            The harbour master Odile Dérozière presented the plan for a new pier to the town council.
            The council approved a budget of 12 million pounds for the pier on Tuesday.
            Construction is expected to start next spring.
            """);
        Folder.Write("news/rail.txt", """
            Calverton rail link delayed
            The new rail link to Calverton will open a year later than planned, the operator said.
            """);
        Folder.Write("news/schule.txt", """
            Neue Schule in Weidenbach eröffnet
            Die Bildungsministerin Amélie Berthière hat am Montag die neue Grundschule in Weidenbach eröffnet.
            Die Schule bietet Platz für 240 Kinder und kostete acht Millionen Euro.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_name_typed_without_its_accents_is_shown_by_the_accented_spelling()
    {
        var answer = await Engine.AskAsync("What did harbour master Odile Deroziere present to the town council?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("pier", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_name_the_german_stemmer_cuts_otherwise_without_its_accents_is_shown_too()
    {
        // The German stemmer leaves "berthière" whole but cuts "berthiere" to "berthi": only the text folded first shows it.
        var answer = await Engine.AskAsync("Welche Schule hat Amelie Berthiere in Weidenbach eröffnet?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Grundschule", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_name_no_article_writes_in_any_spelling_still_abstains()
    {
        var answer = await Engine.AskAsync("What did harbour master Odile Vasquerel present to the town council?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Theory]
    [InlineData("derozier", "dérozièr")]
    [InlineData("trần", "tran")]
    public void Terms_compare_with_their_accents_folded(string asked, string written) =>
        Assert.True(new AccentFoldedTerms(new HashSet<string> { "pier", written }).Shows(asked));

    [Fact]
    public void Another_name_is_not_shown_by_folding() =>
        Assert.False(new AccentFoldedTerms(new HashSet<string> { "dérozièr" }).Shows("derosier"));
}
