using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Über welches Jahresbudget verfügt …?", "Welche Geldstrafe droht …?", "Zu welchem Stückpreis …?", "What will X charge
/// for …?": a sum asked by a compound whose last part is a sum, or by the bare verb of a price (issue 10, the gold
/// article cited but the wrong sentence quoted). Read as no unit, the which-question asked a name and the sentence
/// restating the question led, not the one with the sum. Invented articles.
/// </summary>
public sealed class SumAskedByCompoundTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("Über welches Jahresbudget verfügt die neue Kinderbeauftragte von Nordhafen?", "budget")]
    [InlineData("Welche Geldstrafe droht einer Trafik in Nordhafen, die Zigaretten an Jugendliche verkauft?", "strafe")]
    [InlineData("Mit welcher Geldbuße muss die Kanzlei rechnen?", "buße")]
    [InlineData("Zu welchem Stückpreis hat die Fluglinie die ersten 30 Flugzeuge bestellt?", "preis")]
    [InlineData("What will Kelby charge for its new tablet without the keyboard?", "charge")]
    public void A_sum_asked_by_a_compound_or_a_price_verb_asks_a_number(string question, string word)
    {
        Assert.Equal(AnswerType.Number, ExpectedAnswerType.Of(question));
        var unit = AskedUnit.Of(question);
        Assert.Equal(AskedUnit.Measure.Money, unit?.Kind);
        Assert.Equal(word, unit!.Word);
    }

    [Theory]
    [InlineData("Welche Haftstrafe droht dem Angeklagten?")]
    [InlineData("Ab welchem Budgetjahr gelten die neuen Regeln?")]
    [InlineData("Für welchen Literaturpreis wurde die Autorin nominiert?")]
    [InlineData("What was the singer charged with after the concert?")]
    [InlineData("What charges does the singer face?")]
    [InlineData("What did police charge the singer with after the concert?")]
    [InlineData("How much is the police charging the singer with?")]
    public void A_prison_term_a_year_an_award_or_a_charge_asks_no_sum(string question) =>
        Assert.NotEqual(AskedUnit.Measure.Money, AskedUnit.Of(question)?.Kind);

    [Fact]
    public async Task The_sentence_with_the_price_answers_what_will_X_charge_before_the_one_restating_the_question()
    {
        var answer = await OneArticleQuestion.AskAsync(_folder, """
            Kelby unveils its first tablet
            A day before its launch event, details of Kelby's new tablet leaked: the Kelby Slate is a powerful tablet with a detachable keyboard and a 10.2-inch screen. Reviewers praised the keyboard but criticised the software. The tablet will cost $499, and the keyboard an extra $149.
            """, "What will Kelby charge for its new tablet without the keyboard?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("$499", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
