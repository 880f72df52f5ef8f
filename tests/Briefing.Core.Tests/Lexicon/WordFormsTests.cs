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

    [Theory]
    [InlineData("Einkäufe", "Einkauf")]
    [InlineData("Städte", "Stadt")]
    [InlineData("Sprinterin", "Sprinter")]
    [InlineData("Sprinterinnen", "Sprinter")]
    [InlineData("Ärztin", "Arzt")]
    [InlineData("Befugnisse", "Befugnis")]
    [InlineData("Ereignissen", "Ereignis")]
    [InlineData("Ergebnisses", "Ergebnis")]
    public void German_plural_umlauts_and_feminine_forms_lead_back_to_the_listed_base_form(string word, string listed)
    {
        Assert.Contains(listed, WordForms.Candidates(word, "de"));
    }

    [Fact]
    public void A_stem_whose_last_vowel_has_no_umlaut_keeps_its_earlier_one()
    {
        // "Bücherei" → "Bücher…": only the last vowel of a plural stem takes the umlaut.
        Assert.DoesNotContain("Buchere", WordForms.Candidates("Büchereien", "de"));
        Assert.DoesNotContain("Bucherei", WordForms.Candidates("Bücherei", "de"));
    }

    [Theory]
    [InlineData("Federer", "Feder")]
    [InlineData("Blatter", "Blatt")]
    [InlineData("Holzer", "Holz")]
    [InlineData("Hofer", "Hof")]
    public void A_capitalised_word_in_er_that_no_plural_umlaut_or_stem_allows_is_no_form_of_the_noun(string name, string noun)
    {
        // "Wie viele Titel hat Roger Federer 2004 geholt?": "Feder" (quill) is "Federn", "Blatt" is "Blätter".
        Assert.DoesNotContain(noun, WordForms.Candidates(name, "de", nounPlurals: true));
    }

    [Theory]
    [InlineData("Kinder", "Kind")]
    [InlineData("Männer", "Mann")]
    [InlineData("Häuser", "Haus")]
    [InlineData("Bilder", "Bild")]
    [InlineData("großer", "groß")]
    public void A_real_er_plural_or_adjective_ending_still_leads_to_the_listed_form(string word, string listed)
    {
        Assert.Contains(listed, WordForms.Candidates(word, "de", nounPlurals: true));
    }
}
