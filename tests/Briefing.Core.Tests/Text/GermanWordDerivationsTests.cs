using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public sealed class GermanWordDerivationsTests
{
    [Theory]
    [InlineData("beschriftung", "beschriftet")] // the -ung noun's verb
    [InlineData("beschriftung", "beschrift")] // its infinitive, as the stemmer leaves it
    [InlineData("verpackung", "verpackt")]
    [InlineData("isolation", "isoliert")] // an -ation noun's -ieren verb
    [InlineData("antidepressivum", "antidepressiva")] // a Latin plural
    [InlineData("antidepressiva", "antidepressivum")]
    public void A_noun_is_shown_by_its_verb_or_other_number(string term, string articleTerm) =>
        Assert.True(GermanWordDerivations.IsShownIn(term, new HashSet<string> { articleTerm }));

    [Theory]
    [InlineData("beschriftung", "beschriftungsvorschrift")] // a longer word is no inflection
    [InlineData("lösung", "löst")] // the stem is too short to say which verb
    [InlineData("verpackung", "verpackungsmüll")]
    public void Other_words_do_not_show_it(string term, string articleTerm) =>
        Assert.False(GermanWordDerivations.IsShownIn(term, new HashSet<string> { articleTerm }));
}
