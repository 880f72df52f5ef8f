using Briefing.Core.Answering;
using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

/// <summary>The one place-forms table: its excluded words stay out of every family, and its readers keep their reading.</summary>
public sealed class PlaceFormsTests
{
    [Fact]
    public void NoFamilyListsAWordThatIsAlsoSomethingElse() =>
        Assert.DoesNotContain(PlaceForms.Families.SelectMany(f => f), PlaceForms.NotMembers.Contains);

    [Theory]
    [InlineData("russisch", "russland")]
    [InlineData("romischen", "rom")]
    public void SharedEndingsStillDeriveTheName(string term, string name) => Assert.True(DerivedNameForms.AreOneNameForms(term, name));

    [Fact]
    public void SharedEndingsStillJoinAnAdjectiveToItsPlace() => Assert.True(PlaceAdjectiveForms.AreOnePlace("slowakischen", "slowakei"));
}
