using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A count of people asked by a noun of their own ("How many fans were arrested?", "Wie viele Bewohner kamen ins
/// Krankenhaus?") is not answered by a count of them in another role ("96 fans were crushed to death", "von den zehn
/// Bewohnern leben nur noch sechs im Haus"), as a count asked by "people" already was not. A sentence that counts them in
/// the asked role still answers. All articles are invented.
/// </summary>
public sealed class PersonNounCountRoleTests : InventedArticlesTest
{
    public PersonNounCountRoleTests()
    {
        Folder.Write("news/harbourside.txt", """
            Harbourside fans charged over cup tie trouble
            Harbourside fans said the trouble at the cup tie against Millbrook was sparked by chants about the stadium fire, where 41 fans were crushed to death in 1985.
            """);
        Folder.Write("news/kelby.txt", """
            Kelby fans arrested after derby
            Police said 23 fans were arrested after the trouble at the derby between Kelby and Ashmoor.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Supporters_counted_as_dead_do_not_answer_how_many_fans_were_arrested()
    {
        var reply = await Engine.AskAsync("How many Harbourside fans were arrested after the trouble at the cup tie against Millbrook?");

        Assert.True(reply.Abstained, reply.Text);
    }

    [Fact]
    public async Task Fans_counted_as_arrested_still_answer()
    {
        var reply = await Engine.AskAsync("How many fans were arrested after the trouble at the derby between Kelby and Ashmoor?");

        Assert.False(reply.Abstained, reply.Text);
        Assert.Contains("23", reply.Text);
    }

    [Theory]
    [InlineData("Wie viele Bewohner kamen ins Krankenhaus?", "Von den zehn Bewohnern leben nur noch sechs in dem Haus.", true)]
    [InlineData("Wie viele Bewohner kamen ins Krankenhaus?", "Sechs Bewohner wurden ins Krankenhaus gebracht.", false)]
    public void People_taken_to_hospital_are_a_role_of_their_own(string question, string sentence, bool another)
    {
        Assert.Equal(another, PeopleRoles.CountsAnotherRole(question, sentence));
    }

    /// <summary>
    /// People taken to hospital are mostly the injured: the two roles do not exclude each other, so a count of either may
    /// answer the other (no false abstention). "hospitality" is no hospital.
    /// </summary>
    [Theory]
    [InlineData("Wie viele Menschen wurden verletzt?", "Zwölf Menschen wurden ins Krankenhaus gebracht.")]
    [InlineData("How many people were injured?", "12 people were taken to hospital.")]
    [InlineData("Wie viele Menschen kamen ins Krankenhaus?", "Zwölf Menschen wurden leicht verletzt.")]
    [InlineData("How many people were killed?", "300 people attended the hospitality fair.")]
    public void The_injured_and_people_taken_to_hospital_are_no_other_role(string question, string sentence)
    {
        Assert.False(PeopleRoles.CountsAnotherRole(question, sentence));
    }
}
