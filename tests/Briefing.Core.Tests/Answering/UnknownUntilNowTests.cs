using Briefing.Core.Answering;
using Xunit;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// What a report calls "previously unknown" it now makes known: the sentence tells a finding, not that nobody knows the
/// asked fact (<see cref="StatedUnknown"/>); an "unknown" of its own still says the fact is not known.
/// </summary>
public sealed class UnknownUntilNowTests
{
    [Theory]
    [InlineData("The study also found that there were two previously unknown but related clades (genetic branches) of the Y. pestis genome.", false)]
    [InlineData("Archivists discovered a hitherto unknown letter by the composer.", false)]
    [InlineData("The film starred a then-unknown actor from Leeds.", false)]
    [InlineData("As a relatively unknown author this award will give her exposure to a wider audience.", false)]
    [InlineData("The prize went to a largely unknown band from Cork.", false)]
    [InlineData("The cause of the fire is unknown.", true)]
    [InlineData("An unknown number of people were injured.", true)]
    public void A_previously_unknown_thing_is_a_finding(string sentence, bool unknown) =>
        Assert.Equal(unknown, StatedUnknown.In(sentence, AnswerType.Other, "How many people were hurt in the fire, and what caused it?"));
}
