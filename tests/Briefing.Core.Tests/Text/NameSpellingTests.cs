using Briefing.Core.Text;

namespace Briefing.Core.Tests.Text;

public sealed class NameSpellingTests
{
    [Theory]
    [InlineData("sheeshanks", "sheepshanks")] // a letter dropped
    [InlineData("arpanett", "arpanet")] // a letter added
    [InlineData("bendigo", "bendiga")] // a letter changed
    [InlineData("gerlach", "gerlahc")] // two letters swapped
    public void One_edit_apart(string a, string b) => Assert.True(NameSpelling.OneEditApart(a, b));

    [Theory]
    [InlineData("sheeshanks", "sheeshanks")] // the same word is no misspelling
    [InlineData("bendigo", "mendigo")] // the first letter differs
    [InlineData("bendigo", "bandiga")] // two letters changed
    [InlineData("gerlach", "gerla")] // two letters dropped
    public void Not_one_edit_apart(string a, string b) => Assert.False(NameSpelling.OneEditApart(a, b));

    [Fact]
    public void Short_words_are_never_taken_for_misspellings() =>
        Assert.False(NameSpelling.IsMisspeltIn("maier", new HashSet<string> { "meier" }));
}
