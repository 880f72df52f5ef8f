using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "To what level was growth for 2004 revised?", "Auf welchen Marktanteil ist der Browser gefallen?": the level asked is
/// itself a share, so a percentage the article states for it ("growth for the whole of 2004 was 1.6%", "could fall as
/// low as 15.3%") is the level, not a change. The level reader took every percentage for the change beside a level and
/// abstained (issue 10, false abstentions). For a level that is no share (a sum, a count) a percentage stays the change.
/// </summary>
public sealed class ShareLevelTests : InventedArticlesTest
{
    public ShareLevelTests()
    {
        Folder.Write("news/growth.txt", """
            German growth revised by statistics office
            The Federal Statistics Office in Wiesbaden revised its figures on Tuesday. The office said growth for the whole of 2004 was 1.6%, after a year of contraction in 2003.
            """);
        Folder.Write("news/poverty.txt", """
            Rich grab half of Colombia's poor fund
            Subsidies in Colombia go to the rich, a study in Bogota found. With a good distribution of such subsidies, by 2019 poverty could fall as low as 15.3%, the economist said.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Auf welchen Wert hat das Statistikamt das Wachstum korrigiert?", true)]
    [InlineData("Auf welchen Marktanteil ist der Browser gefallen?", true)]
    [InlineData("Auf welchen Wert ist der Umsatz gestiegen?", false)]
    public void A_level_of_growth_or_share_is_a_share(string question, bool share) =>
        Assert.Equal(share, AskedLevel.AsksShareLevel(question));

    [Fact]
    public void A_share_stated_by_a_verb_of_being_is_the_level_of_a_share()
    {
        var (keys, afterCue) = AskedLevel.Candidates("The office said growth for the whole of 2004 was 1.6%, up by 0.2 points.", new HashSet<string> { "1.6", "0.2" }, shareAsked: true);

        Assert.True(afterCue);
        Assert.Equal(new[] { "1.6" }, keys.ToArray());
    }

    [Fact]
    public void For_a_level_that_is_no_share_a_percentage_stays_the_change()
    {
        var (keys, _) = AskedLevel.Candidates("Sales were 12% higher, reaching 3.4 billion euros.", new HashSet<string> { "12", "3.4" });

        Assert.Equal(new[] { "3.4" }, keys.ToArray());
    }

    [Fact]
    public async Task A_stated_growth_answers_to_what_level_it_was_revised()
    {
        var answer = await Engine.AskAsync("To what level did the Federal Statistics Office in Wiesbaden revise growth for 2004?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("1.6%", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_bound_as_low_as_answers_to_what_level_poverty_could_fall()
    {
        var answer = await Engine.AskAsync("To what level could poverty in Colombia fall by 2019?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("15.3%", answer.Citations[0].Quote);
    }
}
