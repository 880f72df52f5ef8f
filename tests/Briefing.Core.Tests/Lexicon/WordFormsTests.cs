using Briefing.Core.Lexicon;

namespace Briefing.Core.Tests.Lexicon;

public sealed class WordFormsTests
{
    [Theory]
    [InlineData("fined", "fine", "fin")]
    [InlineData("fines", "fine", "fin")]
    [InlineData("making", "make", "mak")]
    public void The_base_form_that_keeps_its_e_is_looked_up_before_the_one_without(string word, string first, string later)
    {
        var forms = WordForms.Candidates(word, "en").ToList();

        Assert.Contains(first, forms);
        Assert.True(forms.IndexOf(first) < forms.IndexOf(later), string.Join(", ", forms));
    }
}
