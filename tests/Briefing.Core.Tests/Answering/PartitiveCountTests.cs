using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A partitive count ("How many of the migrants … were children?", "Wie viele der Migranten waren Kinder?") counts the
/// part, the noun the question ends in; the whole only says among whom. A sentence that counts the whole ("rescued 412
/// migrants") does not answer it (probe22-075 quoted "eine Gruppe von 1.230 Menschen"), one that counts the part does.
/// All articles are invented.
/// </summary>
public sealed class PartitiveCountTests : InventedArticlesTest
{
    public PartitiveCountTests()
    {
        Folder.Write("news/corvo.txt", """
            Navy ship rescues migrants off Kelby
            The navy ship Corvo rescued 412 migrants off the coast of Kelby on Sunday.
            They were taken to the port of Norby, where aid workers met them.
            """);
        Folder.Write("news/marden.txt", """
            Coastguard rescues migrants near Marden
            The Marden coastguard rescued 230 migrants from two boats on Monday.
            Among them were 45 children, officials said.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("How many of the migrants rescued by the navy ship Corvo were children?", "children", "migrants")]
    [InlineData("Wie viele der Migranten auf der Corvo waren Kinder?", "Kinder", "Migranten")]
    public void The_part_the_question_ends_in_is_counted(string question, string part, string whole)
    {
        var unit = AskedUnit.Of(question)!;

        Assert.Equal(part, unit.Word);
        Assert.Equal(whole, unit.Whole);
    }

    [Theory]
    [InlineData("How many of the migrants were taken to Norby?")]
    [InlineData("How many of the 412 migrants were in the boat?")]
    public void A_partitive_that_ends_in_no_noun_counts_the_whole(string question) =>
        Assert.Null(AskedUnit.Of(question)!.Whole);

    [Fact]
    public async Task A_count_of_the_whole_does_not_answer_how_many_were_the_part()
    {
        var answer = await Engine.AskAsync("How many of the migrants rescued by the navy ship Corvo were children?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task A_count_of_the_part_answers()
    {
        var answer = await Engine.AskAsync("How many of the migrants rescued by the Marden coastguard were children?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("45 children", answer.Text);
    }
}
