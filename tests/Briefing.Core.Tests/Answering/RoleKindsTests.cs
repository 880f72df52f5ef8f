using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10: a "who" / "which X" question asks for a role by one word and the article names the person beside
/// another word of the same role ("die Stellvertreterin des Präsidenten" / "seine Vizepräsidentin Roxana Baldetti",
/// "das neue Werbegesicht" / "Als Werbeträger fungiert Steffen Hofmann"). The name beside it is the asked one.
/// </summary>
public sealed class RoleKindsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_deputy_asked_in_German_is_also_a_vice_president_in_either_language()
    {
        var others = RoleKinds.OthersOf("Stellvertreterin");
        Assert.Contains("Vizepräsident", others);
        Assert.Contains("deputy", others);
        Assert.DoesNotContain("Stellvertreter", others);
    }

    [Fact]
    public void Only_the_words_of_the_passage_language_are_read_there()
    {
        Assert.Equal(["Coach", "Cheftrainer", "Chefcoach"], RoleKinds.OthersOf("Trainer", "de"));
        Assert.Equal(["head coach"], RoleKinds.OthersOf("Trainer", "en"));
        Assert.Contains("CEO", RoleKinds.OthersOf("Vorstandschef", "de"));
    }

    [Fact]
    public void A_compound_ending_in_a_role_word_names_the_role() =>
        Assert.Contains("Coach", RoleKinds.OthersOf("Fußballtrainer"));

    [Theory]
    [InlineData("Begleiter")]
    [InlineData("Halbleiter")]
    [InlineData("Staatsanwalt")]
    [InlineData("Vizekanzler")]
    [InlineData("Klinik")]
    public void A_word_that_merely_ends_in_a_short_role_word_names_no_role(string noun) =>
        Assert.Empty(RoleKinds.OthersOf(noun));

    [Fact]
    public void A_word_of_two_roles_brings_the_other_words_of_both() =>
        Assert.Contains("Vorstandschef", RoleKinds.OthersOf("boss"));

    public void Dispose() => _folder.Dispose();
}
