using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Where was the actor Dan O'Herlihy born?" was answered by "O'Herlihy … died at his home in Malibu": the sentence is
/// about the asked subject and holds a place, but tells another of its events (ActFamilies, AnotherActOfSubject). All
/// articles are invented.
/// </summary>
public sealed class AnotherActOfSubjectTests : InventedArticlesTest
{
    public AnotherActOfSubjectTests()
    {
        Folder.Write("news/carrow.txt", """
            Stage actor Niall Carrow dies
            Irish stage actor Niall Carrow, who was nominated for a Tony award in 1961, has died at the age of 88.
            Carrow died at his home in Santa Barbara, California, his agent said.
            He played in more than forty productions on Broadway.
            """);
        Folder.Write("news/vessey.txt", """
            Painter Ruth Vessey dies
            The painter Ruth Vessey has died at the age of 79.
            Vessey was born in Galway and trained in Paris.
            She died in a hospice in Lyon, her family said.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Where was the actor Dan O'Herlihy born?", "O'Herlihy died at his home in Malibu, California, a spokesman said.")]
    [InlineData("Wo wurde der Schauspieler geboren?", "Der Schauspieler starb in seinem Haus in Malibu.")]
    [InlineData("Who took over from Amit Yoran at the division?", "Mr Yoran left his post abruptly at the end of last week.")]
    [InlineData("Wann wurde das Hallenbad eröffnet?", "Das Hallenbad wurde am 3. März geschlossen.")]
    [InlineData("When was the activist freed from prison?", "The activist was arrested in Minsk on 4 May.")]
    public void A_sentence_that_tells_another_act_of_the_family_tells_another_event(string question, string sentence) =>
        Assert.True(ActFamilies.TellsAnotherAct(question, sentence));

    [Theory]
    // The asked act written beside the other one: the sentence may tell the asked event.
    [InlineData("Where was the actor born?", "The actor, who was born in Dublin, died in Malibu.")]
    [InlineData("Who took over from Yoran?", "Yoran resigned last week and Andy Purdy took over as acting director.")]
    // A pardon frees: "Wie viele hat er freigelassen?" is told by "sechs inhaftierte Oppositionsführer begnadigt".
    [InlineData("Wie viele Regimegegner hat der Machthaber freigelassen?", "Der Staatschef hat sechs inhaftierte Oppositionsführer begnadigt.")]
    // A sale and a purchase are one event's two sides, no family: "X sold the stake to Y" names the buyer.
    [InlineData("Who bought the stake in Air Deccan?", "Air Deccan sold the stake to a US investor.")]
    // The question asks both acts of the family: either answers.
    [InlineData("Who replaced the director after he resigned?", "The director left in May.")]
    // "leave" as a noun asks no one to leave: a post taken over is no other act of it.
    [InlineData("When was the parental leave scheme introduced?", "The new government took over the scheme in 2004.")]
    // A sentence that writes no act of the family may word the asked one otherwise.
    [InlineData("Where was the actor born?", "The actor grew up in Dublin.")]
    public void A_sentence_that_tells_the_asked_act_or_none_of_its_family_may_answer(string question, string sentence) =>
        Assert.False(ActFamilies.TellsAnotherAct(question, sentence));

    [Fact]
    public async Task A_birthplace_is_not_answered_by_the_place_of_death()
    {
        var reply = await Engine.AskAsync("Where was the actor Niall Carrow born?");

        Assert.True(reply.Abstained, reply.Text);
    }

    [Fact]
    public async Task A_birthplace_the_article_tells_still_answers()
    {
        var reply = await Engine.AskAsync("Where was the painter Ruth Vessey born?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("Galway", reply.Text);
    }
}
