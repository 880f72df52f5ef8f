using Briefing.Core.Answering;
using Briefing.Core.Tests.Llm;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, which-questions answered with the sentence that restates the question: "führe pro Jahr 15 Milliarden Euro an
/// Steuern ab" holds a sum after a noun, not the noun's model number. Read as the name "Jahr 15", it was a new candidate
/// and led "Welche Automarke …?" over the sentence that names the brand. Sentences invented.
/// </summary>
public sealed class SumAfterNounTests
{
    private static readonly NameDetector Names = new(new WordTermStatistics(), []);
    private const string Question = "Welche Automarke hat der Sprecher früher geführt?";

    [Theory]
    [InlineData("Die Branche führe pro Jahr 15 Milliarden Euro an Steuern ab.", "de")]
    [InlineData("Der Umsatz stieg im Quartal 12 Prozent.", "de")]
    [InlineData("The firm paid Revenue 20 million pounds last year.", "en")]
    public void A_figure_with_a_currency_or_share_after_it_is_no_model_number(string sentence, string language)
    {
        var asked = AnswerCandidates.Asked(Question, AnswerType.Named, language, Names);

        Assert.DoesNotContain(AnswerCandidates.Novel(AnswerCandidates.Of(sentence, AnswerType.Named, language, Names, "Automarke"), asked), k => k.Any(char.IsDigit));
    }

    [Theory]
    [InlineData("Er fuhr früher einen Corvo 26 und zahlte 30.000 Euro dafür.", "de", "corvo 26")]
    [InlineData("He once drove a Corvo 26 that cost him 30,000 euros.", "en", "corvo 26")]
    public void A_model_number_stays_a_name_beside_a_sum_elsewhere(string sentence, string language, string key)
    {
        var asked = AnswerCandidates.Asked(Question, AnswerType.Named, language, Names);

        Assert.Contains(key, AnswerCandidates.Novel(AnswerCandidates.Of(sentence, AnswerType.Named, language, Names, "Automarke"), asked));
    }
}
