using Briefing.Core.Answering;
using Briefing.Core.Tests.Llm;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A German question's word with a capital inside ("NordStrom", "SkyTrail", "PlayStation") is a brand or company name
/// (issue 10): German writes a compound with one capital, so splitting such a word into indexed words made it a noun —
/// no detail an article must show, and after "wie viel" the counted thing. Words invented.
/// </summary>
public sealed class InnerCapitalNameTests
{
    private readonly NameDetector _names = new(new WordTermStatistics(), []);

    [Theory]
    [InlineData("Wie viel Schadenersatz verlangt NordStrom von der Regierung?", "NordStrom")]
    [InlineData("Wann hat Velco die SkyTrail 4 vorgestellt?", "SkyTrail")]
    public void A_word_with_an_inner_capital_is_a_name(string question, string name) =>
        Assert.Contains(name, _names.In(question, "de"));

    [Fact]
    public void A_compound_with_one_capital_is_not() =>
        Assert.DoesNotContain("Schadenersatz", _names.In("Wie viel Schadenersatz verlangt NordStrom von der Regierung?", "de"));
}
