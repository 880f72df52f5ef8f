using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Which bookmaker stopped accepting bets on Celebrity Big Brother because it suspected a leak?" (issue 10, wrong sentence;
/// probe30-023): the lede restates the question and names the actor only as "A bookmaker"; the next sentence names it
/// ("William Hill made the move …"), and a later one names a rival of the kind ("Bookmaker Ladbrokes said …"), which
/// stood beside the noun and led. <c>IndefiniteLede</c> lets the sentence after the unnamed lede lead. All articles are invented.
/// </summary>
public sealed class IndefiniteLedeTests : InventedArticlesTest
{
    public IndefiniteLedeTests()
    {
        Folder.Write("news/bets.txt", """
            Bets off after Star Island leak
            A bookmaker has stopped taking bets on the Star Island show after claiming secret information about the Channel 9 show had been leaked.
            Kestrel Bet made the move after five people tried to place large bets on Friday's surprise eviction.

            Bookmaker Lundy Sports said it would continue to accept bets on the final, with Mara its favourite.
            """);
        Folder.Write("news/hotel.txt", """
            Singer arrested in Velden
            Police arrested the singer Tom Rask at a hotel in Velden on Saturday after a fight at a concert.
            Officers from Lakeside Station said he was released on Sunday morning.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_sentence_naming_the_lede_s_bookmaker_leads()
    {
        var answer = await Engine.AskAsync("Which bookmaker stopped accepting bets on the Star Island show because it suspected a leak?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Kestrel Bet", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_thing_named_in_passing_does_not_hand_the_lead_to_the_next_sentences_name()
    {
        // "at a hotel" is not the lede's subject, and the next sentence names the police station, not the hotel.
        var answer = await Engine.AskAsync("Which hotel was Tom Rask arrested at in Velden?");

        Assert.True(answer.Abstained || !answer.Citations[0].Quote.StartsWith("Officers"), answer.Text);
    }
}
