using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// The nouns of a medium are one list (MediaNouns); the organisation reader and the question typer take named subsets of
/// it. These pin that the subsets stay inside the list and that each reader reads as it did before they shared it.
/// </summary>
public sealed class MediaNounsTests
{
    [Fact]
    public void Every_subset_is_drawn_from_the_one_list()
    {
        Assert.All(MediaNouns.NamingOrganisation, noun => Assert.Contains(noun, (IReadOnlySet<string>)MediaNouns.All));
        Assert.All(MediaNouns.GermanAskedAsOrganisationAlternation.Split('|'), noun => Assert.Contains(noun, (IReadOnlySet<string>)MediaNouns.German));
        Assert.All(MediaNouns.EnglishAskedAsOrganisationAlternation.Split('|'), noun => Assert.Contains(noun, (IReadOnlySet<string>)MediaNouns.All));
    }

    [Theory]
    [InlineData("Zeitung")]
    [InlineData("Nachrichtenagentur")]
    [InlineData("broadcaster")]
    [InlineData("tabloid")]
    [InlineData("agency")]
    [InlineData("network")]
    public void A_media_noun_before_a_name_makes_it_an_organisation(string noun) => Assert.Contains(noun, (IReadOnlySet<string>)NameContext.OrganisationWords);

    [Theory]
    [InlineData("station")]
    [InlineData("paper")]
    [InlineData("Blatt")]
    public void A_media_noun_that_names_other_things_too_is_no_organisation_word(string noun) => Assert.DoesNotContain(noun, (IReadOnlySet<string>)NameContext.OrganisationWords);

    [Theory]
    [InlineData("Wochenzeitung")]
    [InlineData("Nachrichtenmagazin")]
    [InlineData("Privatsender")]
    [InlineData("Presseagentur")]
    public void A_german_compound_ending_in_a_media_noun_is_an_organisation_noun(string word) => Assert.True(NameContext.IsOrganisationNoun(word));

    [Theory]
    [InlineData("Welche Zeitung berichtete zuerst über den Rücktritt?")]
    [InlineData("Which newspaper first reported the resignation?")]
    [InlineData("Which agency reported the resignation?")]
    public void A_which_question_by_a_listed_media_noun_asks_for_an_organisation(string question) =>
        Assert.Equal(AnswerType.Organisation, ExpectedAnswerType.Of(question));

    [Fact]
    public void A_which_question_by_another_media_noun_is_not_typed_an_organisation_yet() =>
        Assert.NotEqual(AnswerType.Organisation, ExpectedAnswerType.Of("Welches Magazin berichtete zuerst über den Rücktritt?"));
}
