using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

public sealed class PlaceAdjectiveFormsTests
{
    private static IReadOnlySet<string> Keys(params string[] keys) => keys.ToHashSet(StringComparer.Ordinal);

    [Theory]
    // A place the question names by its adjective or people is asked, not new, where the name is no prefix of them.
    [InlineData("dänische", "dänemark")]
    [InlineData("dänen", "dänemark")]
    [InlineData("niederländischen", "niederlande")]
    [InlineData("finnische", "finnland")]
    [InlineData("spanischer", "spanien")]
    [InlineData("british", "britain")]
    [InlineData("schweizerische", "schweiz")]
    [InlineData("griechische", "griechenland")]
    [InlineData("slowakischen", "slowakei")]
    [InlineData("türkische", "türkei")]
    public void A_place_named_by_its_adjective_or_people_is_no_new_place(string asked, string place) =>
        Assert.Empty(AnswerCandidates.Novel(Keys(place), Keys("wo", "spielt", asked, "verteidiger")));

    [Theory]
    // Another place sharing a start, or a name too short to be a stem, is still new.
    [InlineData("indische", "indonesien")]
    [InlineData("jane", "jan")]
    [InlineData("dänische", "deutschland")]
    public void Another_place_sharing_a_start_stays_new(string asked, string place) =>
        Assert.Contains(place, AnswerCandidates.Novel(Keys(place), Keys("wo", asked)));
}
