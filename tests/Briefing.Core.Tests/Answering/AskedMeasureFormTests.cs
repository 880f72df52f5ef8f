using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, question forms whose answer has a form of its own: "wie + gradable adjective" asks a figure in the
/// adjective's units (Promille, Kilometer, Grad), "Mit welchem Ergebnis …?" a score, "Ab welchem Budgetjahr …?" a year
/// as "in welchem Jahr" does, "How much did X sell for?" a sum of money, and a count of votes is also answered by their
/// share. Read otherwise, any figure of the article on the topic answered. Invented articles.
/// </summary>
public sealed class AskedMeasureFormTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("Wie betrunken war der Lenker?", "alcohol")]
    [InlineData("How drunk was the driver?", "alcohol")]
    [InlineData("Wie schwer ist der neue Satellit?", "weight")]
    [InlineData("How heavy is the new satellite?", "weight")]
    [InlineData("Wie heiß werden die Teile des Handys?", "temperature")]
    [InlineData("Wie lang ist der Grenzzaun?", "length")]
    [InlineData("How tall is the new tower?", "length")]
    public void A_gradable_adjective_asks_a_figure_in_its_units(string question, string family)
    {
        Assert.Equal(family, MeasureUnits.FamilyAskedBy(question));
        Assert.Equal(AnswerType.Number, ExpectedAnswerType.Of(question));
        Assert.Equal(AskedUnit.Measure.Physical, AskedUnit.Of(question)?.Kind);
    }

    [Theory]
    [InlineData("Wie schwer wurde der Radfahrer verletzt?")]
    [InlineData("Wie lang hat die Sitzung gedauert?")]
    [InlineData("How long did the meeting last?")]
    [InlineData("Wie hoch ist die Strafe?")]
    public void Severity_durations_and_sums_ask_no_unit_family(string question) =>
        Assert.NotEqual(AskedUnit.Measure.Physical, AskedUnit.Of(question)?.Kind);

    [Theory]
    [InlineData("Wie betrunken war der Lenker?", "Der Lenker hatte zum Unfallzeitpunkt rund 1,9 Promille.", true)]
    [InlineData("Wie betrunken war der Lenker?", "Der 23-jährige Lenker fuhr am 25. Juli über den Feldweg.", false)]
    [InlineData("Wie lang ist der Grenzzaun?", "Zurzeit ist der Zaun 20 Kilometer lang.", true)]
    [InlineData("Wie lang ist der Grenzzaun?", "Hunderte Menschen nutzten eine Lücke im Grenzzaun.", false)]
    [InlineData("Wie lang war die Sperre des Spielers?", "Der Spieler wurde für zwei Jahre gesperrt.", true)]
    [InlineData("How heavy is the new satellite?", "The satellite weighs 2.5 tonnes.", true)]
    [InlineData("Wie heiß werden die Teile des Handys?", "Teile des Geräts werden über 60 Grad heiß.", true)]
    public void The_asked_units_state_the_measure(string question, string sentence, bool stated) =>
        Assert.Equal(stated, AskedUnit.Of(question)!.IsStatedIn(sentence));

    [Theory]
    [InlineData("Mit welchem Ergebnis hat Irland England geschlagen?")]
    [InlineData("What was the final score in the match against Wales?")]
    [InlineData("Wie lautete der Endstand im Derby?")]
    public void A_result_asks_a_score(string question)
    {
        Assert.Equal(AnswerType.Number, ExpectedAnswerType.Of(question));
        var unit = AskedUnit.Of(question);
        Assert.Equal(AskedUnit.Measure.Score, unit?.Kind);
        Assert.True(unit!.IsStatedIn("Ireland had the rub of the green in their 19-13 victory."));
        Assert.True(unit.IsStatedIn("Das Parlament nahm das Gesetz mit 54 zu 46 Stimmen an."));
        Assert.False(unit.IsStatedIn("Ireland beat England for the third year in a row."));
    }

    [Theory]
    [InlineData("Ab welchem Budgetjahr gelten die neuen Regeln?")]
    [InlineData("In welchem Geschäftsjahr will die Firma Gewinn machen?")]
    [InlineData("An welchem Stichtag müssen die Daten vorliegen?")]
    public void A_compound_of_a_time_noun_asks_a_date(string question) =>
        Assert.Equal(AnswerType.Date, ExpectedAnswerType.Of(question));

    [Theory]
    [InlineData("In welchem Landtag sitzt die Abgeordnete?")]
    [InlineData("Auf welchem Parteitag sprach der Kanzler?")]
    public void An_assembly_named_tag_asks_which_not_when(string question) =>
        Assert.NotEqual(AnswerType.Date, ExpectedAnswerType.Of(question));

    [Fact]
    public void Which_us_bank_reads_bank_as_the_asked_head() =>
        Assert.Equal("bank", Briefing.Core.Text.AskedHead.Of("Which US bank lost the right to sue the dairy firm?"));

    [Theory]
    [InlineData("How much did the first commercial quantum computer sell for?")]
    [InlineData("What did the painting fetch at auction?")]
    [InlineData("Wie teuer ist das neue Handy?")]
    public void A_sale_or_an_expensive_thing_asks_a_sum_of_money(string question)
    {
        var unit = AskedUnit.Of(question);
        Assert.Equal(AskedUnit.Measure.Money, unit?.Kind);
        Assert.False(unit!.IsStatedIn("The fourth series has averaged 2.9 million viewers."));
        Assert.True(unit.IsStatedIn("It was sold for $10m (£6.3m)."));
    }

    [Fact]
    public void A_count_of_votes_is_shown_by_their_share()
    {
        var unit = AskedUnit.Of("Wie viele Stimmen bekam Andreas Khol im ersten Durchgang?");
        Assert.True(unit!.AcceptsShare);
        Assert.True(unit.StatesShareIn("Platz fünf von sechs und nur 11,12 Prozent für ÖVP-Kandidat Andreas Khol."));
        Assert.False(AskedUnit.Of("Wie viele Menschen kamen zur Kundgebung?")!.AcceptsShare);
    }

    private Task<Answer> AskOver(string article, string question) => OneArticleQuestion.AskAsync(_folder, article, question);

    [Fact]
    public async Task The_length_in_kilometres_answers_wie_lang_before_a_count_of_people()
    {
        var answer = await AskOver("""
            Mazedonien baut Grenzzaun aus
            Hunderte Menschen haben am Montag eine Lücke im mazedonischen Grenzzaun genutzt. Die Regierung in Skopje lässt den Grenzzaun weiter ausbauen. Zurzeit ist der Zaun 20 Kilometer lang. Bis zum Sommer sollen weitere Abschnitte folgen.
            """, "Wie lang ist der Grenzzaun, den Mazedonien gebaut hat?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("20 Kilometer", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_score_answers_mit_welchem_ergebnis_before_the_sentence_restating_the_win()
    {
        var answer = await AskOver("""
            Ireland beat England at Lansdowne Road
            Ireland consigned England to a third straight Six Nations defeat with a stirring win at Lansdowne Road. Ireland had the rub of the green in their 19-13 victory over England. The England coach complained about the referee afterwards.
            """, "What was the final score when Ireland beat England at Lansdowne Road?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("19-13", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task The_budget_year_answers_ab_welchem_budgetjahr()
    {
        var answer = await AskOver("""
            Einheitliche Budgetregeln für Länder
            Unter Finanzminister Androsch vereinbarten Bund, Länder und Gemeinden 1974, die Regeln gemeinsam auszuhandeln. Länder und größere Gemeinden müssen die neuen einheitlichen Regeln ab dem Budgetjahr 2019 anwenden. Kleinere Gemeinden haben länger Zeit.
            """, "Ab welchem Budgetjahr gelten die einheitlichen Regeln für Länder und größere Gemeinden?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("2019", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
