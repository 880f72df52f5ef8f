using Briefing.Core.Lexicon;

namespace Briefing.Core.Tests.Lexicon;

/// <summary>FreeDict's translations with a symbol glued on ("Blei Pb", "Montag Mo") read as the word alone.</summary>
public sealed class GluedSymbolsTests
{
    [Theory]
    [InlineData("Blei Pb", "Blei")]
    [InlineData("Montag Mo", "Montag")]
    [InlineData("Kochpunkt Kp", "Kochpunkt")]
    [InlineData("street St", "street")]
    [InlineData("doctor Dr", "doctor")]
    public void A_glued_symbol_is_split_off(string listed, string word) => Assert.Equal(word, GluedSymbols.Without(listed));

    [Theory]
    [InlineData("gekochtes Ei")]   // an adjective before a German noun of two letters
    [InlineData("das Es")]
    [InlineData("Vitamin K")]      // one capital: part of the name
    [InlineData("cable TV")]       // two capitals: an abbreviation that is the term's own word
    [InlineData("Zinssatz")]
    [InlineData("führende Rolle")]
    public void Other_translations_stay_as_listed(string listed) => Assert.Equal(listed, GluedSymbols.Without(listed));

    [Fact]
    public void A_split_translation_already_listed_is_kept_once_in_its_place()
    {
        Assert.Equal(["Bügeleisen", "Eisen", "Plätteisen"], GluedSymbols.Without(["Bügeleisen", "Eisen", "Eisen Fe", "Plätteisen"]));
    }
}
