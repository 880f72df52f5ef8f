using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A German compound the dictionary lacks whose last part is a listed word of three letters ("Trainerjob", "Bürgeramt")
/// is a noun, not a name. Taken for a name, it was required of the English article, which says "the manager's job",
/// and a German question about it abstained (issue 10, false abstentions). A word with no listed parts stays a name.
/// </summary>
public sealed class ShortPartCompoundTests : InventedArticlesTest
{
    private const string EnglishGerman = """
        manager /ˈmænɪdʒə/
        Trainer <masc>
        ---
        job /dʒɒb/
        Job <masc>
        ---
        turn down /tɜːn daʊn/
        ablehnen <v>
        """;

    private const string GermanEnglish = """
        Trainer /ˈtʁɛːnɐ/ <masc, n, sg>
        coach, manager <n>
        ---
        Job /dʒɔp/ <masc, n, sg>
        post, job <n>
        ---
        Bürger /ˈbʏʁɡɐ/ <masc, n, sg>
        citizen <n>
        ---
        Amt /amt/ <neut, n, sg>
        office <n>
        ---
        ablehnen /ˈapleːnən/ <v>
        turn down, reject <v>
        """;

    public ShortPartCompoundTests() : base(EnglishGerman, GermanEnglish)
    {
        Folder.Write("news/mabry.txt", """
            Mabry turns down Dunmore
            Colin Mabry has turned down the chance to become the new Dunmore manager.
            "It is a fantastic job for anybody, but I have too many memories of the other side," Mabry said.
            He left rivals Kilbride in December.
            """);
        Folder.Write("news/ferry.txt", """
            Ferry service resumes
            The ferry between Dunmore and the island resumed service on Monday after the storm.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    private NameDetector Names => Engine.Services.GetRequiredService<NameDetector>();

    [Theory]
    [InlineData("Trainerjob")]
    [InlineData("Bürgeramt")]
    public void A_compound_ending_in_a_short_listed_word_is_no_name(string word) =>
        Assert.False(Names.IsNameInQuestion(word, "de"), word);

    [Fact]
    public void A_word_of_no_listed_parts_stays_a_name() =>
        Assert.True(Names.IsNameInQuestion("Hopfenthal", "de"));

    [Fact]
    public async Task A_German_question_with_the_compound_is_answered_from_the_English_article()
    {
        var answer = await Engine.AskAsync("Warum hat Colin Mabry den Trainerjob in Dunmore abgelehnt?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Equal("news/mabry", answer.Citations[0].ArticleId);
    }
}
