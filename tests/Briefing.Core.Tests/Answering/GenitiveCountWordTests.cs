using Briefing.Core.Tests.Support;
using Briefing.Core.Text;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "für den Kauf zweier Luxuswohnungen", "die Mutter dreier Kinder": German's genitive of two and three is a count as
/// "zwei" is (probe 65-023 abstained: the sentence held no figure). Capitalised, "Zweier" and "Dreier" are nouns.
/// Invented article.
/// </summary>
public sealed class GenitiveCountWordTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("zweier", true)]
    [InlineData("dreier", true)]
    [InlineData("Zweier", false)]
    [InlineData("Dreier", false)]
    public void The_lower_case_genitive_is_a_count(string word, bool count) => Assert.Equal(count, NumberWords.Is(word));

    [Fact]
    public void The_genitive_has_the_value_of_its_count() => Assert.Equal("2", NumberWords.Digits("zweier"));

    [Fact]
    public void The_capitalised_noun_has_no_value() => Assert.Null(NumberWords.Digits("Zweier"));

    [Fact]
    public async Task A_count_in_the_genitive_answers_how_many()
    {
        var answer = await OneArticleQuestion.AskAsync(_folder, """
            Premier Kardos wegen Geldwäsche unter Druck
            Die Staatsanwaltschaft ermittelt gegen Premier Kardos wegen Geldwäsche. Einen Teil des Geldes soll Kardos für den Kauf zweier Luxuswohnungen in Sofia verwendet haben. Kardos weist die Vorwürfe zurück.
            """, "Wie viele Luxuswohnungen soll Kardos in Sofia mit dem Geld gekauft haben?");

        Assert.False(answer.Abstained);
        Assert.Contains("zweier Luxuswohnungen", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
