using Briefing.Core.Answering;
using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

/// <summary>The shared place forms: the words that are also something else stay out of every family, and the readers keep their reading.</summary>
public sealed class PlaceFormsTests
{
    [Fact]
    public void NoFamilyListsAWordThatIsAlsoSomethingElse() =>
        Assert.DoesNotContain(PlaceForms.Families.SelectMany(f => f), PlaceForms.NotMembers.Contains);

    [Theory]
    [InlineData("russisch", "russland")]
    [InlineData("romisch", "rom")]
    // Every German adjective ending after "-es-", in both lists that read it ("Vietnam-esisch", "Chin-a" → "chin-esisch").
    [InlineData("vietnamesisches", "vietnam")]
    [InlineData("chinesischer", "china")]
    [InlineData("chinesisches", "china")]
    public void SharedEndingsStillDeriveTheName(string term, string name) => Assert.True(DerivedNameForms.AreOneNameForms(term, name));

    [Fact]
    public void SharedEndingsStillJoinAnAdjectiveToItsPlace() => Assert.True(PlaceAdjectiveForms.AreOnePlace("slowakischen", "slowakei"));
}
