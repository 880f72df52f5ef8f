using Briefing.Core.Answering;
using Briefing.Core.Conversations;

namespace Briefing.Core.Tests.Conversations;

public class KeyTermQuestionCondenserTests
{
    private static IReadOnlyList<ChatTurn> After(string question) => [new ChatTurn(question, question, "…")];

    [Theory]
    [InlineData("Worüber berieten Putin und Xi beim SCO-Gipfel in Tianjin?", "Und was sagte Lawrow?", "Putin")]
    [InlineData("What did the Chinese president say about trade with the US?", "What about Russia?", "trade")]
    [InlineData("Wann wurde die Shanghaier Organisation für Zusammenarbeit gegründet?", "Wer hat sie gegründet?", "Shanghaier")]
    [InlineData("Who won the Australian Open final in Melbourne?", "Why?", "Melbourne")]
    public async Task Follow_ups_carry_the_previous_questions_key_terms(string previous, string followUp, string carried)
    {
        var condensed = await new KeyTermQuestionCondenser().CondenseAsync(followUp, "de", After(previous), default);

        Assert.StartsWith(followUp, condensed);
        Assert.Contains(carried, condensed);
    }

    [Theory]
    [InlineData("Wie hoch war die Inflation in Österreich im Oktober 2026?")]
    [InlineData("Can you tell me when the Brexit referendum took place in Britain?")]
    public async Task Standalone_questions_stay_unchanged(string question)
    {
        var condensed = await new KeyTermQuestionCondenser().CondenseAsync(question, "de", After("Worüber berieten Putin und Xi in Tianjin?"), default);

        Assert.Equal(question, condensed);
    }

    [Fact]
    public void German_follow_ups_carry_the_names_not_the_verbs_of_the_previous_question()
    {
        var condensed = KeyTermQuestionCondenser.Condense("Und was sagte Lawrow?", After("Wann wurde die SCO gegründet?"));

        Assert.Equal("Und was sagte Lawrow? SCO", condensed);
    }

    [Fact]
    public void Without_history_nothing_is_carried()
    {
        Assert.Equal("Und was sagte Lawrow?", KeyTermQuestionCondenser.Condense("Und was sagte Lawrow?", []));
    }

    [Fact]
    public void Terms_the_follow_up_already_has_are_not_repeated_and_chains_keep_the_topic()
    {
        var first = "Worüber berieten Putin und Xi in Tianjin?";
        var second = KeyTermQuestionCondenser.Condense("Und Putin?", After(first));
        var third = KeyTermQuestionCondenser.Condense("Warum?", [new ChatTurn("Und Putin?", second, "…")]);

        Assert.Equal(1, second.Split(' ').Count(w => w.Trim('?') == "Putin"));
        Assert.Contains("Tianjin", third);
    }
}
