using Briefing.Core.Answering;
using Xunit;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "unknown" said of a clause says the fact is not known; "unknown" before a noun describes that thing, and says the
/// asked fact is unknown only when that thing is the asked one (<see cref="StatedUnknown"/>).
/// </summary>
public sealed class UnknownAttributiveTests
{
    private const string Bookmaker = "Which bookmaker stopped accepting bets on Celebrity Big Brother because it suspected a leak?";

    [Theory]
    // Another noun: the callers are unknown, which bookmaker is not.
    [InlineData("But William Hill's evidence came on Friday when four unknown callers asked to place bets on the show.", AnswerType.Organisation, Bookmaker, false)]
    [InlineData("The bookmaker was attacked by unknown hackers last year.", AnswerType.Organisation, Bookmaker, false)]
    // Said of the clause: the fact is not known.
    [InlineData("Which bookmaker took the bets is unknown.", AnswerType.Organisation, Bookmaker, true)]
    [InlineData("It remains unknown which bookmaker will follow.", AnswerType.Organisation, Bookmaker, true)]
    // Only whether is open (UnknownWhetherTests): no bookmaker is said to be unknown.
    [InlineData("It remains unknown whether any bookmaker will follow.", AnswerType.Organisation, Bookmaker, false)]
    [InlineData("The bookmaker's identity is unknown, police said.", AnswerType.Organisation, Bookmaker, true)]
    // Before the asked noun, or the asked quantity or reason.
    [InlineData("An unknown bookmaker stopped taking bets.", AnswerType.Organisation, Bookmaker, true)]
    [InlineData("An unknown number of people were injured.", AnswerType.Number, "How many were injured?", true)]
    [InlineData("An unknown number of people were injured.", AnswerType.Other, "How many people were injured?", true)]
    [InlineData("The plant closed for unknown reasons.", AnswerType.Reason, "Why did the plant close?", true)]
    [InlineData("The plant was sold to unknown investors.", AnswerType.Reason, "Why did the plant close?", false)]
    public void Unknown_before_a_noun_speaks_only_of_that_thing(string sentence, AnswerType expected, string question, bool unknown) =>
        Assert.Equal(unknown, StatedUnknown.In(sentence, expected, question));
}
