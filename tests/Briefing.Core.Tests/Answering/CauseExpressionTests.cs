using Briefing.Core.Answering;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, "why" questions answered by the sentence that restates the event: reasons given in a participle ("troubled
/// by"), a result construction ("left him struggling"), a response ("reagiere darauf, dass"), a purpose infinitive ("to
/// ease"), a reported argument ("argumentiert"), "reasons" in the plural, a long "um ... zu" clause, "daraufhin"; no
/// cause in a scheduling "due to open" or an "aufgrund derselben Ursache" that points back; a correlative "deshalb,
/// weil" that gives its cause itself; a cause announced at a sentence's end and given in the next. Sentences and
/// articles invented.
/// </summary>
public sealed class CauseExpressionTests : IDisposable
{
    private static readonly NameDetector Names = new(new NoTermStatistics(), []);
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("Roche, troubled by a hip complaint, did not want to travel full-time again.", "en")]
    [InlineData("Higher steel prices were partially offset by cost cutting.", "en")]
    [InlineData("A series of six operations left him struggling for fitness.", "en")]
    [InlineData("Leaders say Asian states must let their currencies rise to ease pressure on the euro.", "en")]
    [InlineData("The trust said that for financial and administrative reasons it planned to turn down patients.", "en")]
    [InlineData("Mit dem Programm reagiere der Händler darauf, dass Rücksendungen für Käufer entscheidend seien.", "de")]
    [InlineData("Der Konzern sträubt sich und argumentiert, eine solche Lücke würde die Sicherheit für alle senken.", "de")]
    [InlineData("Flüchtlinge blockieren die Gleise, um eine Öffnung der griechisch-mazedonischen Grenze und die Weiterreise nach Mitteleuropa zu erzwingen.", "de")]
    [InlineData("Der Fahrer verlor auf einer Brücke die Kontrolle über den Bus, der daraufhin in einen Fluss stürzte.", "de")]
    [InlineData("Der Umsatz stieg dank starker Nachfrage aus Asien.", "de")]
    public void A_cause_purpose_or_motive_expression_gives_a_reason(string sentence, string language) =>
        Assert.NotEmpty(AnswerCandidates.Of(sentence, AnswerType.Reason, language, Names));

    [Theory]
    [InlineData("The authorities banned the play, due to open in the capital this weekend.", "en")]
    [InlineData("The report is due to be published in March.", "en")]
    [InlineData("Zwei weitere Ärzte starben im selben Spital aufgrund derselben Ursache.", "de")]
    [InlineData("Vielen Dank für die Hilfe im Spital.", "de")]
    [InlineData("The union is calling on the government to stem job losses in manufacturing.", "en")]
    [InlineData("The two stars have released the song in a bid to reduce gun crime among young people.", "en")]
    [InlineData("There are no technical or economic reasons for the delay, said the director.", "en")]
    public void A_schedule_a_cause_told_before_an_asked_aim_or_a_denied_reason_gives_none(string sentence, string language) =>
        Assert.Empty(AnswerCandidates.Of(sentence, AnswerType.Reason, language, Names));

    [Theory]
    [InlineData("Dies deshalb, weil es Geld für jede produzierte Kilowattstunde gibt.")]
    [InlineData("Der Konzern begründet diese Umstellung damit, dass er kleineren Firmen den Umstieg erleichtern wolle.")]
    public void An_adverb_that_a_cause_clause_takes_up_does_not_point_back(string sentence) =>
        Assert.False(AnswerCandidates.RefersToCauseBefore(sentence));

    [Theory]
    [InlineData("Aus welchem Anlass hat der Regierungschef beim Präsidenten angerufen?")]
    [InlineData("Zu welchem Zweck wurde die Stiftung gegründet?")]
    [InlineData("For what purpose was the fund set up?")]
    public void An_occasion_or_purpose_is_asked_as_a_reason(string question) =>
        Assert.Equal(AnswerType.Reason, ExpectedAnswerType.Of(question));

    [Fact]
    public async Task A_cause_announced_at_the_end_of_a_sentence_is_given_by_the_next()
    {
        var answer = await OneArticleQuestion.AskAsync(_folder, """
            Forensiker durchsuchten Bankzentrale
            Die Forensiker der Bank durchsuchten im Frühjahr mehrere Büros in Linz. In der Zentrale in der Linzer Hafengasse scheiterte die Durchsuchung aus einem simplen Grund. Die Prüfer haben die Schlüssel zu den Archivräumen nicht gefunden. Die Bank wurde später verkauft.
            """, "Warum scheiterte die Durchsuchung der Zentrale in Linz?");

        Assert.False(answer.Abstained);
        Assert.Contains("Schlüssel", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_cause_in_a_participle_answers_before_the_restating_lead()
    {
        var answer = await OneArticleQuestion.AskAsync(_folder, """
            Coach turns down Federer
            Tennis coach Tony Roche has turned down an offer from Roger Federer to become his full-time coach. Newspapers said Roche, troubled by a hip complaint, did not want to travel full-time again. Roche won the French Open in 1966.
            """, "Why did Tony Roche turn down the offer to become Federer's full-time coach?");

        Assert.False(answer.Abstained);
        Assert.Contains("hip complaint", answer.Citations[0].Quote);
    }

    public void Dispose() => _folder.Dispose();
}
