using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// An article's lead names the topic, a later paragraph states the fact. Retrieval often ranks the answering article third,
/// behind two that share the question's words (another article on the same company, one in the asker's language): its
/// answering paragraph must still reach the answer's candidates.
/// </summary>
public sealed class ArticleSiblingsTests : InventedArticlesTest
{
    public ArticleSiblingsTests()
    {
        Folder.Write("news/search.txt", """
            Larkspur launches its new web search

            Larkspur has launched the test version of its new web search engine, which it hopes will compete with the market leader in the coming years, the company said on Thursday in Seattle.

            The company has indexed 5 billion webpages for the new search, more than any rival had listed at the start of the year, according to its own figures released with the test version.
            """);
        Folder.Write("news/shares.txt", """
            Larkspur shares rise

            Shares in Larkspur rose by four percent on Friday after the company reported better sales of its office software in the last quarter than analysts in New York had expected.

            The company also said it would buy back shares worth two billion dollars over the next two years, its second such programme since the spring of last year.
            """);
        Folder.Write("news/phones.txt", """
            Larkspur enters the phone market

            Larkspur will sell its first mobile phone in the autumn, the company said on Monday, a move into a market dominated by rivals from Finland and South Korea for many years.

            The phone will run the company's own software and cost about 300 dollars, less than most rival models with a similar screen and a camera of the same quality.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public void The_third_articles_other_paragraphs_join_the_candidates()
    {
        var retrieved = new[] { "news/shares", "news/phones", "news/search" }
            .Select((id, rank) => new PassageHit(Engine.Index.GetPassages(id)[0], new ArticleInfo(id, id, null, null, null, "en"), 3f - rank))
            .ToList();
        var answering = Engine.Index.GetPassages("news/search");
        Assert.True(answering.Count >= 2, "the article must have a second paragraph");

        var pool = ArticleSiblings.Add(retrieved, Engine.Index);

        Assert.Contains(pool, hit => hit.Passage.Id == answering[1].Id);
    }
}
