using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A question that describes a person by a role phrase ("the Tory shadow home secretary") is near a sentence that names a
/// person right after the same phrase ("Conservative shadow home secretary David Davis"), whatever it writes for whose (issue 10).
/// </summary>
public sealed class DescribedRolePhraseTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);
    private const string Question = "How many rejected asylum seekers did the Tory shadow home secretary say the government had failed to remove?";

    [Fact]
    public void The_lower_case_words_before_a_described_title_are_its_phrase() =>
        Assert.Equal(["shadow", "home", "secretary"], Assert.Single(DescribedRolePhrase.Of(Question, "en")));

    [Fact]
    public void A_person_named_after_the_phrase_is_the_described_one() =>
        Assert.True(DescribedRolePhrase.NamesPersonAfter("Conservative shadow home secretary David Davis said the government had failed.",
            DescribedRolePhrase.Of(Question, "en"), "en", Names));

    /// <summary>"Home Secretary Charles Clarke" holds the title without "shadow": another person.</summary>
    [Fact]
    public void The_title_without_the_phrase_names_someone_else() =>
        Assert.False(DescribedRolePhrase.NamesPersonAfter("Home Secretary Charles Clarke wants to introduce a points system.",
            DescribedRolePhrase.Of(Question, "en"), "en", Names));

    /// <summary>A bare title ("the Tory leader") would match any party's leader; a role given as asked ("as shadow home secretary") describes no one.</summary>
    [Theory]
    [InlineData("What did the Tory leader say about taxes?")]
    [InlineData("Who was appointed as shadow home secretary?")]
    public void A_bare_or_given_title_has_no_phrase(string question) =>
        Assert.Empty(DescribedRolePhrase.Of(question, "en"));

    /// <summary>"the new shadow home secretary David Davis": the phrase's new holder is the successor, not the described person.</summary>
    [Fact]
    public void A_new_holder_of_the_phrase_is_not_the_described_person() =>
        Assert.False(DescribedRolePhrase.NamesPersonAfter("Tories named the new shadow home secretary David Davis on Monday.",
            DescribedRolePhrase.Of(Question, "en"), "en", Names));

    /// <summary>A phrase glued after a hyphen is another title ("ex-shadow home secretary" names a former holder).</summary>
    [Fact]
    public void The_phrase_in_a_hyphenated_compound_is_another_title() =>
        Assert.False(DescribedRolePhrase.NamesPersonAfter("Ex-shadow home secretary Michael Howard said the government had failed.",
            DescribedRolePhrase.Of(Question, "en"), "en", Names));

    /// <summary>The question's own "the new coach": the article's "new coach Tom Varley" is the person it describes.</summary>
    [Fact]
    public void A_new_holder_the_question_itself_describes_is_the_described_person() =>
        Assert.True(DescribedRolePhrase.NamesPersonAfter("The club presented new coach Tom Varley on Monday.",
            DescribedRolePhrase.Of("How many games did the new coach win last season?", "en"), "en", Names));
}
