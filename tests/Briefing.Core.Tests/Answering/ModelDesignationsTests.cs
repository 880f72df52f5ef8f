using Briefing.Core.Answering;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, model designations after a name: "Was hat die Fusionsanlage Wendelstein 7-X gekostet?" took "X" for the
/// priced thing and required a passage naming "X"; "der Airbus A380" priced an "A". The designation is the model's,
/// the name before it the head.
/// </summary>
public sealed class ModelDesignationsTests
{
    [Theory]
    [InlineData("Was hat die Fusionsanlage Wendelstein 7-X in Greifswald gekostet?", "Wendelstein")]
    [InlineData("Was kostet der Airbus A380?", "Airbus")]
    [InlineData("Was kostet Samsungs Galaxy S5?", "Galaxy")]
    [InlineData("How much does the Airbus A380 cost?", "Airbus")]
    [InlineData("How much did the Galaxy S5 cost?", "Galaxy")]
    [InlineData("Was kostet ein neues iPhone X?", "iPhone")]
    [InlineData("Was kostet Apples iPhone X?", "iPhone")]
    [InlineData("How much did the Airbus A380 for Emirates cost?", "Airbus")]
    public void The_priced_thing_is_the_name_not_its_designation(string question, string head) =>
        Assert.Equal(head, PricedThing.Of(question, question.StartsWith("How") ? "en" : "de"));

    [Theory]
    [InlineData("Was kostet Chinas BIP?", "BIP")]
    [InlineData("How much does the new BBC iPlayer cost?", "iPlayer")]
    public void A_noun_or_acronym_after_a_name_stays_the_head(string question, string head) =>
        Assert.Equal(head, PricedThing.Of(question, question.StartsWith("How") ? "en" : "de"));

    [Theory]
    [InlineData("das iPhone X kam", 11, 1, true)]
    [InlineData("Wendelstein 7-X in", 14, 1, true)]
    [InlineData("Airbus A380 fliegt", 7, 1, true)]
    [InlineData("Rocky II lief", 6, 2, true)]
    [InlineData("Rocky XIV lief", 6, 3, true)]
    [InlineData("Rocky XIX lief", 6, 3, true)]
    [InlineData("Rocky XX lief", 6, 2, false)]
    [InlineData("Chinas BIP wuchs", 7, 3, false)]
    [InlineData("die EU zahlt", 4, 2, false)]
    public void A_designation_is_a_capital_letter_a_few_capitals_with_digits_or_a_roman_numeral(string text, int index, int length, bool designation) =>
        Assert.Equal(designation, ModelDesignations.IsAt(text, index, length));
}
