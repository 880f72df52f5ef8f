using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A name of several words whose article writes one word as its adjective: "Halvex Tarvan" asked of "Halvex's Tarvanese
/// division", "Norland American settlers" of settlers "in Norland America". The name's single words were shown by
/// their derived forms, but the words standing together were checked as typed only, so the article lacked the name
/// and the question abstained (issue 10, false abstentions at the details check).
/// </summary>
public sealed class NameWordAsAdjectiveTests : InventedArticlesTest
{
    public NameWordAsAdjectiveTests()
    {
        Folder.Write("news/phone.txt", """
            New motion phone launched
            A phone that responds to arm movements went on sale this week.
            The phone was developed by Brightwell and launched by Halvex's Tarvanese division.
            Golf fans can improve their swing with a game on the phone.
            """);
        Folder.Write("news/settlers.txt", """
            Settlers in the new world
            Most of the Dunmore settlers in Norland America eventually joined other churches.
            They married outside their own communities within two generations.
            """);
        Folder.Write("news/halvex.txt", """
            Halvex names new boss
            Halvex has appointed a new head of sales for its network business.
            Shoppers in Tarvan bought fewer phones last year, the company said.
            Norland Americans bought fewer phones too.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_name_word_is_shown_by_its_adjective_beside_the_other_words()
    {
        var answer = await Engine.AskAsync("Which company developed the Halvex Tarvan phone that responds to arm movements?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Brightwell"));
    }

    [Fact]
    public async Task A_name_asked_by_its_adjective_is_shown_by_the_name()
    {
        var answer = await Engine.AskAsync("What did most of the Dunmore settlers in Norland American society eventually join?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Equal("news/settlers", answer.Citations[0].ArticleId);
    }
}
