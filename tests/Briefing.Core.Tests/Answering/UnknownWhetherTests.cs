using Briefing.Core.Answering;
using Xunit;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "It is not yet clear if the remaining three minutes will be played": what is open is whether something happens, not
/// the figure, name or date a question word asks (<see cref="StatedUnknown"/>); an unknown of the asked fact itself still
/// says it is not known.
/// </summary>
public sealed class UnknownWhetherTests
{
    private const string Question = "How much time is left to play when the two sides resume the abandoned game?";

    [Theory]
    [InlineData("It is not yet clear if the remaining three minutes of the game will be played at a later date.", false)]
    [InlineData("It is unclear whether the match will be replayed.", false)]
    [InlineData("Es ist noch unklar, ob das Spiel fortgesetzt wird.", false)]
    [InlineData("It is not yet clear how much time is left to play.", true)]
    [InlineData("Wie lange noch gespielt wird, ist unklar.", true)]
    [InlineData("Es ist noch unklar, wann das Spiel fortgesetzt wird.", true)]
    // Fronted, or after "unknown": still only whether is open.
    [InlineData("Ob das Spiel fortgesetzt wird, ist noch unklar.", false)]
    [InlineData("Whether the match will be replayed is not yet clear.", false)]
    [InlineData("It is unknown whether the match will be replayed.", false)]
    [InlineData("It is unknown if the match will be replayed.", false)]
    // "ob und wann", "whether 30 or 40": the asked figure is open after all.
    [InlineData("Es ist noch unklar, ob und wie lange das Spiel fortgesetzt wird.", true)]
    [InlineData("It is unclear if and how long play will resume.", true)]
    public void Only_an_unknown_of_the_asked_fact_says_it_is_not_known(string sentence, bool unknown) =>
        Assert.Equal(unknown, StatedUnknown.In(sentence, AnswerType.Duration, Question));

    private const string DateQuestion = "When will the plant reopen?";

    /// <summary>"ob und wann", "if and when", "whether or when" leave the date open, not only whether.</summary>
    [Theory]
    [InlineData("Es ist noch unklar, ob und wann das Werk wieder öffnet.", true)]
    [InlineData("Es ist offen, ob und wann das Werk wieder öffnet.", true)]
    [InlineData("It is unclear if and when the line will reopen.", true)]
    [InlineData("It is not yet clear whether or when the line will reopen.", true)]
    [InlineData("Ob und wann das Werk wieder öffnet, ist noch unklar.", true)]
    [InlineData("Es ist noch unklar, ob das Werk wieder öffnet.", false)]
    public void Whether_and_when_leaves_the_date_open(string sentence, bool unknown) =>
        Assert.Equal(unknown, StatedUnknown.In(sentence, AnswerType.Date, DateQuestion));

    [Theory]
    [InlineData("It is unclear whether 30 or 40 people died.", true)]
    [InlineData("It is unclear whether anyone died.", false)]
    public void Whether_between_two_figures_leaves_the_count_open(string sentence, bool unknown) =>
        Assert.Equal(unknown, StatedUnknown.In(sentence, AnswerType.Number, "How many people died in the fire?"));
}
