using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "Wann wurde die Frundsberg-Kaserne in Vomp gebaut?" (issue 10, unanswerable detail; probe53-006) was answered with
/// "…, erklärte Platter am Dienstag bei der Pressekonferenz": the weekday dates the governor's statement, not the
/// building of the barracks, which the article never dates. <c>ReportWeekday</c> reads a weekday beside a verb of
/// saying as the day of a statement; a when-question answered by nothing else is abstained on. All articles are invented.
/// </summary>
public sealed class ReportWeekdayTests : InventedArticlesTest
{
    public ReportWeekdayTests()
    {
        Folder.Write("news/kaserne.txt", """
            Landeshauptmann kämpft um die Kaserne in Nordau
            Innsbruck – Das geplante Aus für den Stützpunkt in der Brunnfeld-Kaserne in Nordau stößt auf Widerstand.
            Er werde den Bundespräsidenten in dieser Angelegenheit kontaktieren, erklärte der Landeshauptmann am Dienstag bei der Pressekonferenz.
            Die Kaserne in Nordau soll noch heuer geschlossen werden.
            """);
        Folder.Write("news/ferry.txt", """
            Nordland ferry back in service
            The ferry between Nordland and the island of Vesta resumed service on Tuesday after a two-week strike by its crew.

            The ferry carries up to 300 passengers. The crew had stopped work over pay, the operator said.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task A_weekday_that_dates_a_statement_does_not_date_the_asked_event()
    {
        var answer = await Engine.AskAsync("Wann wurde die Brunnfeld-Kaserne in Nordau gebaut?");

        Assert.True(answer.Abstained, answer.Text);
    }

    [Fact]
    public async Task A_weekday_of_the_event_itself_still_answers()
    {
        var answer = await Engine.AskAsync("When did the ferry between Nordland and Vesta resume service?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("on Tuesday", answer.Citations[0].Quote);
    }

    [Theory]
    [InlineData("Er werde klagen, erklärte der Landeshauptmann am Dienstag bei der Pressekonferenz.", "dienstag", true)]
    [InlineData("Das teilte die Polizei am Mittwoch mit.", "mittwoch", true)]
    [InlineData("Am Dienstag teilte die Polizei mit, dass der Mann gefasst sei.", "dienstag", true)]
    [InlineData("Die Firma meldete am Montag einen Rekordgewinn.", "montag", true)]
    [InlineData("Der Minister kündigte am Freitag seinen Rücktritt an.", "freitag", true)]
    [InlineData("The union said on Tuesday that talks had failed.", "tuesday", true)]
    [InlineData("The minister told reporters on Tuesday the plan was dead.", "tuesday", true)]
    [InlineData("On Monday, the minister told MPs the plan was dead.", "monday", true)]
    [InlineData("The ferry resumed service on Tuesday after a strike.", "tuesday", false)]
    [InlineData("The firm will pay $76 a share, 6% more than Wednesday's closing price.", "wednesday", false)]
    // The weekday inside the reported clause, or before an attribution that closes the sentence, dates the event told.
    [InlineData("Police said two men were arrested on Tuesday.", "tuesday", false)]
    [InlineData("Police said shops reopened on Tuesday.", "tuesday", false)]
    [InlineData("The chairman told the BBC on Tuesday the plan was dead.", "tuesday", true)]
    [InlineData("Das teilte die Polizei am Mittwoch in St. Pölten mit.", "mittwoch", true)]
    [InlineData("The operator said the ferry resumed service on Tuesday.", "tuesday", false)]
    [InlineData("The ferry resumed service on Tuesday, the operator said.", "tuesday", false)]
    [InlineData("Die Fähre fährt seit Dienstag wieder, sagte ein Sprecher.", "dienstag", false)]
    // Verbs that say nothing here: "gab es", "teilte" without "mit", "meldete … an", a passive "reported".
    [InlineData("Einen Stromausfall gab es am Dienstag.", "dienstag", false)]
    [InlineData("Die Partei teilte am Montag das Land in zwei Wahlkreise.", "montag", false)]
    [InlineData("Die Firma meldete am Montag Insolvenz an.", "montag", false)]
    [InlineData("A fire was reported on Tuesday.", "tuesday", false)]
    public void Reads_whether_a_weekday_dates_a_statement(string sentence, string weekday, bool statement) =>
        Assert.Equal(statement, ReportWeekday.DatesOnlyStatements(sentence, new HashSet<string> { weekday }));

    /// <summary>
    /// A weekday with a possessive s is a weekday of the sentence, as the candidate reader splits it: the offer's day is no
    /// statement's, so the sentence dates more than what was said.
    /// </summary>
    [Fact]
    public void A_possessive_weekday_is_read_too() =>
        Assert.False(ReportWeekday.DatesOnlyStatements("The union said on Tuesday it would answer Wednesday's offer.",
            new HashSet<string> { "tuesday", "wednesday" }));

    /// <summary>A weekday joined to its part of the day is a weekday of the sentence too (DateWords.IsWeekdayTime): here it dates the event.</summary>
    [Fact]
    public void A_weekday_with_its_part_of_the_day_is_judged_too() =>
        Assert.False(ReportWeekday.DatesOnlyStatements("Der Zug fuhr am Montagmorgen wieder, teilte die Bahn am Montag mit.", new HashSet<string> { "montag" }));

    [Fact]
    public void A_new_calendar_date_beside_the_weekday_is_not_judged() =>
        Assert.False(ReportWeekday.DatesOnlyStatements("The union said on Tuesday the strike begins in May.", new HashSet<string> { "tuesday", "may" }));

    [Theory]
    [InlineData("Wann hat der Minister seinen Rücktritt angekündigt?", true)]
    [InlineData("When did police confirm the arrest?", true)]
    [InlineData("Wann wurde die Kaserne gebaut?", false)]
    [InlineData("When will the court decide on the appeal?", false)]
    [InlineData("In what year did Doctor Who state that he was the last Time Lord?", true)]
    [InlineData("Wann gab die Firma ihre Pläne bekannt?", true)]
    [InlineData("Wann verkündigte BSkyB seine Absicht?", true)]
    [InlineData("Wann wurde mitgeteilt, dass der Verdächtige gefasst ist?", true)]
    // Not verbs of saying: the state as a noun, "bekannt" as known, a "Teilnehmer", a "Reporter", a "Kündigung".
    [InlineData("By what date did the governor hope to have the new state government settled?", false)]
    [InlineData("Wann wurden die bekanntesten Werke Luthers veröffentlicht?", false)]
    [InlineData("Wann wurde das Papier bekannt, falls die Aktion bekannt würde?", false)]
    [InlineData("Wann starteten die Teilnehmer mit dem Rennen?", false)]
    [InlineData("Auf welchen Tag wurde das Urteil gegen die drei Reporter vertagt?", false)]
    [InlineData("Wann tritt die Kündigung in Kraft?", false)]
    // German separable verbs with their particle at the clause's end, as the reports' own check reads them.
    [InlineData("Wann teilte die Polizei mit, dass der Täter gefasst ist?", true)]
    [InlineData("Wann kündigen die Piloten den Streik an?", true)]
    [InlineData("Wann kündigte Siemens den Vertrag?", false)]
    [InlineData("Wann kündigte der Verein dem Trainer?", false)]
    [InlineData("Wann gab es den ersten bekannt gewordenen Fall?", false)]
    // "bekannt gegeben" in two words, the infinitive with "zu", and "state" after an auxiliary.
    [InlineData("Wann wurde der Termin bekannt gegeben?", true)]
    [InlineData("Wann plant die Firma, die Zahlen bekanntzugeben?", true)]
    [InlineData("Wann plant die Firma, die Fusion anzukündigen?", true)]
    [InlineData("When did the minister state his reasons?", true)]
    [InlineData("When will the minister state that the talks failed?", true)]
    [InlineData("When did the minister state publicly that he would resign?", true)]
    [InlineData("When will he state?", true)]
    // "state" after "to" or an auxiliary before a noun it qualifies, listed or not.
    [InlineData("When did the bank pass to state control?", false)]
    [InlineData("When did the Omani state fund collapse?", false)]
    [InlineData("When did the region return to state ownership?", false)]
    // "state" as a noun before a relative clause, or a name; German nouns of saying, capitalised.
    [InlineData("When did the state that borders Texas join the Union?", false)]
    [InlineData("In what year did the state where he was born ban smoking?", false)]
    [InlineData("When did the Islamic State proclaim its caliphate?", false)]
    [InlineData("Wann entstand die Sage vom Rattenfänger?", false)]
    [InlineData("Wann wurde der Berichterstatter ernannt?", false)]
    [InlineData("Wann wurde die Meldung veröffentlicht?", false)]
    [InlineData("Wann meldete die Firma den Verlust?", true)]
    public void Reads_whether_the_question_asks_when_something_was_said(string question, bool asks) =>
        Assert.Equal(asks, ReportWeekday.AsksWhenSaid(question));
}
