using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How fast …?", "Wie schnell …?": a speed or a growth rate answers, not another figure of the article on the topic —
/// the seconds a ride takes or the height of a track were quoted as the speed (issue 10, unanswerables answered).
/// </summary>
public sealed class AskedSpeedTests : InventedArticlesTest
{
    public AskedSpeedTests()
    {
        Folder.Write("news/tower.txt", """
            Kelby Tower opens to visitors
            The new Kelby Tower opened on Saturday with a viewing deck at the top. Its glass lifts carry 20 visitors to the deck in about 40 seconds along their 310m shaft. The tower cost £90m to build.
            """);
        Folder.Write("news/train.txt", """
            New train for the Lindach line
            The new train on the Lindach line reaches 230 kilometres per hour on the straight stretch near Obernau. It has 400 seats.
            """);
        Folder.Write("news/rover.txt", """
            Lindach rover learns to climb
            Engineers in Lindach have taught their six-wheeled rover Pel to climb loose slopes. At 4km/h, it is no faster than a walker. Its makers say the rover is now twice as fast as the model it replaces.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("The lifts climb at 6 metres per second.", true)]
    [InlineData("Der Zug fährt 230 Kilometer pro Stunde.", true)]
    [InlineData("The robot walks at 2km/h.", true)]
    [InlineData("The economy grew by 3.1% last year.", true)]
    [InlineData("The lifts reach the deck in about 40 seconds along their 310m shaft.", false)]
    public void A_rate_is_a_speed_unit_a_figure_per_time_or_a_share(string sentence, bool stated) =>
        Assert.Equal(stated, AskedSpeed.IsStatedIn(sentence));

    [Fact]
    public async Task The_time_a_ride_takes_is_no_speed()
    {
        var answer = await Engine.AskAsync("How fast are the glass lifts in the Kelby Tower?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task A_speed_per_hour_answers()
    {
        var answer = await Engine.AskAsync("How fast is the new train on the Lindach line?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("230 kilometres per hour", answer.Citations[0].Quote);
    }

    /// <summary>
    /// The speed sits in a sentence that shares no word with the question ("At 4km/h, it is no faster than a walker"): the
    /// article states it, so the bot must not say it has nothing.
    /// </summary>
    [Fact]
    public async Task A_rate_the_passage_states_beside_the_chosen_sentences_is_no_reason_to_abstain()
    {
        var answer = await Engine.AskAsync("How fast can the rover Pel from Lindach drive?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("rover", answer.Text);
    }
}
