using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10: a "who" / "which X" question asks for a role by one word and the article names the person beside
/// another word of the same role ("die Stellvertreterin des Präsidenten" / "seine Vizepräsidentin Roxana Baldetti",
/// "das neue Werbegesicht" / "Als Werbeträger fungiert Steffen Hofmann"). The name beside it is the asked one.
/// </summary>
public sealed class RoleKindsTests
{
    [Fact]
    public void A_deputy_asked_in_German_is_also_a_vice_president_in_either_language()
    {
        Assert.Contains("Vizepräsident", RoleKinds.OthersOf("Stellvertreterin", "de"));
        Assert.DoesNotContain("Stellvertreter", RoleKinds.OthersOf("Stellvertreterin", "de"));
        Assert.Contains("deputy", RoleKinds.OthersOf("Stellvertreterin", "en"));
    }

    [Fact]
    public void Only_the_words_of_the_asked_language_are_given()
    {
        Assert.Equal(["Coach", "Cheftrainer", "Chefcoach"], RoleKinds.OthersOf("Trainer", "de"));
        Assert.Equal(["coach", "head coach"], RoleKinds.OthersOf("Trainer", "en"));
        Assert.Equal(["referee", "umpire"], RoleKinds.OthersOf("Schiedsrichter", "en"));
        Assert.Contains("CEO", RoleKinds.OthersOf("Vorstandschef", "de"));
    }

    [Fact]
    public void A_compound_ending_in_a_role_word_names_the_role() =>
        Assert.Contains("Coach", RoleKinds.OthersOf("Fußballtrainer", "de"));

    [Theory]
    [InlineData("Begleiter")]
    [InlineData("Halbleiter")]
    [InlineData("Staatsanwalt")]
    [InlineData("Vizekanzler")]
    [InlineData("Klinik")]
    [InlineData("Vizebürgermeister")]
    [InlineData("Altbürgermeister")]
    [InlineData("Co-Trainer")]
    [InlineData("Ex-Trainer")]
    [InlineData("Torwarttrainer")]
    [InlineData("Titelverteidiger")]
    [InlineData("Strafverteidiger")]
    [InlineData("Vizevorsitzende")]
    public void A_word_that_merely_ends_in_a_role_word_names_no_role(string noun)
    {
        Assert.Empty(RoleKinds.OthersOf(noun, "de"));
        Assert.Empty(RoleKinds.OthersOf(noun, "en"));
    }

    [Fact]
    public void A_word_of_two_roles_brings_the_other_words_of_both() =>
        Assert.Contains("Vorstandschef", RoleKinds.OthersOf("boss", "de"));

    [Fact]
    public void A_listed_compound_is_its_own_role_not_its_tails()
    {
        var others = RoleKinds.OthersOf("Vorstandsvorsitzender", "de");
        Assert.Contains("Konzernchef", others);
        Assert.DoesNotContain("Obmann", others);
        Assert.DoesNotContain("chairman", RoleKinds.OthersOf("Vorstandsvorsitzender", "en"));
    }

    [Fact]
    public void An_executive_is_not_the_company_head_but_a_chief_executive_is()
    {
        Assert.DoesNotContain("executive", RoleKinds.OthersOf("boss", "en"));
        Assert.Contains("chief executive", RoleKinds.OthersOf("boss", "en"));
        Assert.Contains("CEO", RoleKinds.OthersOf("executive", "en", "Who is the new chief executive of Bombardier?"));
        Assert.Empty(RoleKinds.OthersOf("executive", "en", "Which executive left Bombardier?"));
    }

    [Theory]
    [InlineData("Coach Hans Huber", "Coach", true)]
    [InlineData("IS-Chef Abu Bakr", "Chef", true)]
    [InlineData("Fußballtrainer Hans Huber", "Trainer", true)]
    [InlineData("sein Wegbegleiter Hans Huber", "Leiter", false)]
    [InlineData("Staatsanwalt Gerald Toifl", "Anwalt", false)]
    [InlineData("Co-Trainer Hermann Gerland", "Trainer", false)]
    [InlineData("Ex-Trainer Hermann Gerland", "Trainer", false)]
    [InlineData("Torwarttrainer Hermann Gerland", "Trainer", false)]
    [InlineData("Vizebürgermeister Klaus Luger", "Bürgermeister", false)]
    [InlineData("Titelverteidiger Rafael Nadal", "Verteidiger", false)]
    public void A_role_word_in_an_article_stands_for_the_role_only_where_it_names_it(string text, string role, bool stands) =>
        Assert.Equal(stands, RoleKinds.StandsAt(text, text.IndexOf(role, StringComparison.OrdinalIgnoreCase), role.Length));

    /// <summary>
    /// AskedFact's role families are looser than the kinds on purpose (a leader's family also holds the chair and the
    /// president): every two words one kind joins, where the families know both, are one family there.
    /// </summary>
    [Fact]
    public void Every_pair_a_kind_joins_is_one_role_family_of_AskedFact()
    {
        var families = AskedFact.RoleFamilies;
        foreach (var kind in RoleKinds.Kinds)
            foreach (var a in kind)
                foreach (var b in kind)
                {
                    var withA = families.Where(f => f.Contains(a, StringComparer.OrdinalIgnoreCase)).ToList();
                    var withB = families.Where(f => f.Contains(b, StringComparer.OrdinalIgnoreCase)).ToList();
                    if (withA.Count == 0 || withB.Count == 0) continue;
                    Assert.True(withA.Intersect(withB).Any(), $"{a} / {b}");
                }
    }
}
