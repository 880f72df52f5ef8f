using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A count of the dead asked with "getötet" / "killed" was refused when the article's sentence says how they died
/// ("zwölf Menschen erschossen und 70 verletzt", "stabbed six people to death and injured 11"): the sentence showed the
/// injured and no word of the dead, so it looked like a count of people in another role. All articles are invented.
/// </summary>
public sealed class KillingVerbCountTests : InventedArticlesTest
{
    public KillingVerbCountTests()
    {
        Folder.Write("news/marston.txt", """
            Marston attacker jailed for life
            The man who attacked Marston High School two years ago was jailed for life on Monday.
            He stabbed six people to death and injured 11 others at the school in May.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData("Wie viele Menschen wurden in Lindau getötet?", "Er hatte im Mai acht Menschen in der Schule erschossen und 20 zum Teil schwer verletzt.")]
    [InlineData("Wie viele Menschen starben?", "Der Täter erstach vier Passanten und verletzte drei weitere.")]
    [InlineData("How many people were killed?", "He stabbed six people to death and injured 11 others.")]
    [InlineData("How many people were killed?", "The gunman murdered five people and wounded two.")]
    public void A_verb_that_says_how_they_died_counts_the_dead(string question, string sentence) =>
        Assert.False(PeopleRoles.CountsAnotherRole(question, sentence));

    [Theory]
    [InlineData("Wie viele Menschen wurden festgenommen?", "Er hatte im Mai acht Menschen in der Schule erschossen.")]
    [InlineData("How many people were arrested?", "He stabbed six people to death.")]
    public void The_dead_are_still_no_count_of_people_in_another_role(string question, string sentence) =>
        Assert.True(PeopleRoles.CountsAnotherRole(question, sentence));

    [Fact]
    public async Task The_count_of_the_dead_answers_when_the_article_says_how_they_died()
    {
        var reply = await Engine.AskAsync("How many people were killed in the Marston High School attack?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("six people", reply.Text);
    }

    [Fact]
    public async Task A_count_of_people_in_another_role_is_still_not_answered_by_the_dead()
    {
        var reply = await Engine.AskAsync("How many people were arrested after the Marston High School attack?");

        Assert.True(reply.Abstained, reply.Text);
    }
}
