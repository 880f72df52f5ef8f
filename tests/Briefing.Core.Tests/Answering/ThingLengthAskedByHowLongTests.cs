using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// English "how long is / was X" asks the length of a thing as often as a length of time (issue 10, a wrong sentence:
/// "How long was the old boat ...?" was answered by the rescue's "sechs Stunden"). Read only as a duration, the sentence
/// giving the boat's metres held no candidate and a sentence with hours led; the thing's length in metres or
/// kilometres is a candidate too, and a question about an action's time still wants the time. Articles invented.
/// </summary>
public sealed class ThingLengthAskedByHowLongTests : InventedArticlesTest
{
    public ThingLengthAskedByHowLongTests()
    {
        Folder.Write("news/rescue.txt", """
            Navy rescues migrants off Libya
            The navy frigate Aurora rescued 310 migrants off the Libyan coast in an operation lasting six hours on Thursday.
            The migrants had been crammed on board an old fishing boat only 14 metres long, the defence ministry said.
            They were taken to the port of Valletta.
            """);
        Folder.Write("news/march.txt", """
            Veterans complete charity march
            A group of veterans completed a charity march across the Pennines on Sunday after walking for nine days.
            The route of the march was 180 kilometres long and raised money for a care home.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_things_length_answers_how_long_it_is()
    {
        var answer = await Engine.AskAsync("How long was the old fishing boat the navy frigate Aurora rescued the migrants from?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("14 metres long", FirstSentence(answer.Text));
    }

    [Fact]
    public async Task A_question_about_how_long_an_action_took_still_wants_the_time()
    {
        var answer = await Engine.AskAsync("How long did the veterans' charity march across the Pennines take?");

        Assert.Contains("nine days", FirstSentence(answer.Text));
    }

    [Theory]
    [InlineData("How long was the old boat?", true)]
    [InlineData("How long is the race he will run in France?", true)]
    [InlineData("How long was Schettino under house arrest?", false)]
    [InlineData("How long is Candela's deal at Bolton?", false)]
    [InlineData("How long did the strike last?", false)]
    public void How_long_with_a_form_of_be_and_no_word_of_time_may_ask_a_things_length(string question, bool asked) =>
        Assert.Equal(asked, AskedThingLength.IsAsked(question));

    [Fact]
    public void A_sum_in_millions_is_no_length_in_metres() =>
        Assert.Equal(["50"], AskedThingLength.Figures("The club's £35m investment includes a 50m pool."));

    private static string FirstSentence(string text) => text[..(text.IndexOf("[1]", StringComparison.Ordinal) is var end and > 0 ? end : text.Length)];
}
