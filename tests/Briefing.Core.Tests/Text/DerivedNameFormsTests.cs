using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

/// <summary>
/// A name and its people or adjective as analysed terms (the German light stemmer's output): a people of a place in
/// -ien ("Tarverin" → "tarverin", "Tarver" → "tarv") against the place ("Tarvien" → "tarvi"), and a place of three
/// letters ("Lum") against its adjective ("lumisch").
/// </summary>
public sealed class DerivedNameFormsTests
{
    [Theory]
    [InlineData("tarverin", "tarvi")]
    [InlineData("tarv", "tarvi")]
    [InlineData("tarvi", "tarverinn")]
    [InlineData("lum", "lumisch")]
    [InlineData("lumischen", "lum")]
    // A German place in -a takes "nisch" ("Amerika", "amerikanisch").
    [InlineData("tarvika", "tarvikanisch")]
    public void A_people_or_adjective_is_one_name_with_its_place(string word, string term) =>
        Assert.True(DerivedNameForms.IsOneNameIn(word, new HashSet<string> { term }));

    [Theory]
    // A three-letter stem is a place's only with an adjective's ending: "Roman" is no form of "Rom".
    [InlineData("lum", "luman")]
    [InlineData("lum", "lumer")]
    // Only a people's ending follows the stem of a place in -ien.
    [InlineData("tarvi", "tarvan")]
    [InlineData("tarvi", "tarvo")]
    public void Other_words_on_the_same_stem_are_not(string word, string term) =>
        Assert.False(DerivedNameForms.IsOneNameIn(word, new HashSet<string> { term }));
}
