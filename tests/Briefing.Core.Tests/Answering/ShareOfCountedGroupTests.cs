using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How many prisoners are reconvicted …?" is answered by "more than 60% of prisoners reconvicted": news counts a part of a
/// group by its share of the group. The count reader threw every percentage out of a how-many question, so the article's
/// answer held "no new Number" (issue 10, false abstentions). A percentage of another quantity — a rate beside the count
/// asked — still counts nothing.
/// </summary>
public sealed class ShareOfCountedGroupTests : InventedArticlesTest
{
    public ShareOfCountedGroupTests()
    {
        Folder.Write("news/prisons.txt", """
            Correction agency plans dropped in Scotland
            Ministers in Edinburgh have dropped plans for a single correction agency for Scotland. Scotland's reoffending rate is high, with more than 60% of prisoners reconvicted within two years of release from jail.
            """);
        Folder.Write("news/budget.txt", """
            Hospital budget grows in Wales
            The Welsh hospital budget for nurses grows by 4% next year, the health minister in Cardiff said. Waiting lists were long.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_share_of_the_counted_group_answers_how_many()
    {
        var answer = await Engine.AskAsync("How many prisoners in Scotland are reconvicted within two years of release?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("60% of prisoners", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_percentage_of_another_quantity_does_not_count_the_asked_people()
    {
        var answer = await Engine.AskAsync("How many nurses will the Welsh hospitals in Cardiff hire next year?");

        Assert.DoesNotContain(answer.Citations, c => c.Quote.Contains("4%", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Die Partei erhielt 40 Prozent der Wähler.", true)]
    [InlineData("Die Partei erhielt 40 Prozent der Stimmen der Wähler.", false)]
    public void Only_the_group_right_after_the_preposition_is_counted(string sentence, bool counts)
    {
        var end = sentence.IndexOf("40", StringComparison.Ordinal) + 2;

        Assert.Equal(counts, ShareOfCountedGroup.Counts(sentence, end, word => word == "Wähler"));
    }
}
