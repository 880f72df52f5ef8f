using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Which words of an English (and German) sentence are candidate answers of the asked kind (issue 10): a role before
/// a name ("Welsh Health Minister", "Dr") is no person and an acronym ("CNN said") is never marked as one; a name before
/// a place noun ("King's Cross station") is a place; counts written in words ("seventeen", "forty", "dreißig") are numbers.
/// </summary>
public sealed class EnglishCandidateTypingTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    [Fact]
    public void A_role_before_a_name_is_no_person_of_its_own()
    {
        var keys = AnswerCandidates.Of("Welsh Health Minister Gareth Pryce said the plan had failed.", AnswerType.Person, "en", Names);

        Assert.Contains("gareth", keys);
        Assert.Contains("pryce", keys);
        Assert.DoesNotContain("health", keys);
        Assert.DoesNotContain("minister", keys);
        Assert.DoesNotContain("welsh", keys);
    }

    [Fact]
    public void A_title_is_not_part_of_the_persons_name()
    {
        var keys = AnswerCandidates.Of("Dr Alun Morgan, on his first day in the job, promised shorter waiting lists.", AnswerType.Person, "en", Names);

        Assert.Contains("morgan", keys);
        Assert.DoesNotContain("dr", keys);
    }

    [Fact]
    public void A_role_alone_names_no_one()
    {
        Assert.Empty(AnswerCandidates.Of("The Chief Executive said profits would rise.", AnswerType.Person, "en", Names));
    }

    [Fact]
    public void An_acronym_is_never_marked_as_a_person()
    {
        Assert.Empty(AnswerCandidates.OfAskedKind("The report was accurate, CNN said on Monday.", AnswerType.Person, "en", Names));
    }

    [Fact]
    public void A_name_before_a_place_noun_is_a_place()
    {
        var keys = AnswerCandidates.Of("The man was detained at London's King's Cross station on Sunday.", AnswerType.Place, "en", Names);

        Assert.Contains(AnswerCandidates.NameKey("Cross"), keys);
    }

    [Theory]
    [InlineData("Seventeen people were rescued from the roof.", "en", "seventeen")]
    [InlineData("Police found forty boxes in the van.", "en", "forty")]
    [InlineData("Die Polizei fand dreißig Kisten.", "de", "dreißig")]
    [InlineData("Es waren fünfzehn Schüler im Bus.", "de", "fünfzehn")]
    [InlineData("Hundreds of fans waited outside.", "en", "hundreds")]
    public void Counts_written_in_words_are_numbers(string sentence, string language, string key)
    {
        Assert.Contains(key, AnswerCandidates.Of(sentence, AnswerType.Number, language, Names));
    }
}
