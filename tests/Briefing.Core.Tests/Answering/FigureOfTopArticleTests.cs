using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How many copies did the 1985 USA For Africa single shift in its first week?", "How much money did the Dublin research
/// lab need from sponsors each year?" (issue 10, how-much / how-many abstentions): the report names its subject once and
/// states the figure further down under "the single", "the Labs". The figure's sentence writes the asked measure itself
/// ("94,000 copies"), but no name of the question stands next to it, so it was "far from the question's names" and the
/// question abstained ("no relevant sentence holds a new Number"). <c>MeasureOfTopArticle</c> ties it to the question in
/// the first-ranked article, which names the question's rarest names.
/// </summary>
public sealed class FigureOfTopArticleTests : InventedArticlesTest
{
    public FigureOfTopArticleTests()
    {
        Folder.Write("news/single.txt", """
            Charity record tops the chart
            A charity record has gone straight to number one in the UK singles chart. The song raises money for flood victims in the north of England. It was recorded in one day in London by the Norbridge Choir and guest singers from across the country. Producers worked through the night to finish the mix. Radio stations began playing it within hours of its release. Several supermarkets put it on sale at their tills. Fans queued outside record shops on the morning of its release. Many of the singers had never been in a studio before. The recording session was filmed for a television documentary. Organisers thanked the volunteers who gave up their weekend.

            The flood last autumn left hundreds of families without a home for several months. Many are still living with relatives. Insurance claims have taken far longer than expected to settle. Local councils have asked the government for more help with repairs. The single sold 94,000 copies in its first week. Proceeds will go to the Red Cross and to local housing charities. A video for the song will be shown on television next week.
            """);
        Folder.Write("news/concert.txt", """
            Choir plans summer tour
            A choir from Yorkshire will tour Germany this summer. The singers will perform in Berlin, Hamburg and Munich over two weeks.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_sentence_stating_the_counted_copies_answers_though_the_choir_is_named_sentences_before()
    {
        var answer = await Engine.AskAsync("How many copies did the Norbridge Choir's charity single sell in its first week?");
        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("94,000 copies", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_figure_of_another_thing_is_still_no_answer()
    {
        // The sentence counts copies, not the asked downloads: it does not state the asked measure.
        var answer = await Engine.AskAsync("How many downloads did the Norbridge Choir's charity single get in its first week?");
        Assert.True(answer.Abstained, answer.Text);
    }
}
