using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// The person a question describes by a title after a definite article ("the late Joy Division singer") is the one the
/// article names beside that title; that name is the question's own, no answer to what it asks (issue 10).
/// </summary>
public sealed class DescribedPersonTests
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);

    /// <summary>A name before the title says whose title it is: "the late Joy Division singer" describes someone, as "the Irish actor" does.</summary>
    [Theory]
    [InlineData("Who is going to direct the film about the late Joy Division singer?", "en", "singer")]
    [InlineData("Which film got the Irish actor who died at 85 his Oscar nomination?", "en", "actor")]
    [InlineData("Who did the England coach leave out of the squad?", "en", "coach")]
    public void A_title_after_a_definite_article_and_a_name_describes_a_person(string question, string language, string title)
    {
        Assert.Contains(title, DescribedPerson.Titles(question, language));
        Assert.DoesNotContain(title, RoleNouns.Of(question, language), StringComparer.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Who is the Joy Division singer?")]
    [InlineData("Who was named the new England coach?")]
    public void A_title_the_question_gives_as_the_asked_role_describes_no_one(string question) =>
        Assert.Empty(DescribedPerson.Titles(question, "en"));

    [Fact]
    public void The_name_beside_the_described_title_is_the_described_person()
    {
        var keys = DescribedPerson.NamedAfter("The life of late Joy Division singer Ian Curtis is to be made into a film.", ["singer"], "en", Names).ToList();

        Assert.Contains("curti", keys);
        Assert.DoesNotContain("joy", keys);
    }

    /// <summary>"the new coach John Smith": the title's new holder is the successor a question about the described one asks for.</summary>
    [Fact]
    public void A_new_holder_of_the_title_is_not_the_described_person() =>
        Assert.Empty(DescribedPerson.NamedAfter("The club named the new coach Tom Varley on Monday.", ["coach"], "en", Names));

    /// <summary>"Adidas-Chef Herbert Hainer" is another title's holder than "der Chef" the question describes.</summary>
    [Fact]
    public void The_title_in_a_hyphenated_compound_is_another_title() =>
        Assert.Empty(DescribedPerson.NamedAfter("Er wird Nachfolger von Adidas-Chef Herbert Hainer.", ["chef"], "de", Names));
}
