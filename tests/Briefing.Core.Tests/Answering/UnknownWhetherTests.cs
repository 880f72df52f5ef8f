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
    public void Only_an_unknown_of_the_asked_fact_says_it_is_not_known(string sentence, bool unknown) =>
        Assert.Equal(unknown, StatedUnknown.In(sentence, AnswerType.Duration, Question));
}
