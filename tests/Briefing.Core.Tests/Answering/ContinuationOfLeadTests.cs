using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, the asked fact in the answer: a question no candidate type fits ("What was the first problem …?", "Welche
/// Aufgaben …?") is led by the sentence that shows it best, which often only sets the scene; the fact follows in the next
/// sentence in words of its own, too few of the question's to join the answer on coverage (<c>ContinuationOfLead</c>).
/// </summary>
public sealed class ContinuationOfLeadTests : InventedArticlesTest
{
    public ContinuationOfLeadTests()
    {
        Folder.Write("news/kestrel.txt", """
            Kestrel rehearsal delayed
            The rehearsal countdown of the Kestrel rocket at Varnholm began on Tuesday morning and was immediately plagued with problems.
            First the crew noticed a strange smell in the cabin, which delayed the sealing of the hatch.
            The operator has not yet set a new date.
            """);
        Folder.Write("news/hafen.txt", """
            Neue Hafenmeisterei in Kelmstad
            Die Hafenmeisterei in Kelmstad hat seit Montag einen neuen Leiter, der mehrere Aufgaben von der Stadt übernimmt.
            Dazu gehören die Vergabe der Liegeplätze und die Aufsicht über die Fähren.
            Das Gebäude am Kai wird im Sommer renoviert.
            """);
        Folder.Write("news/ruderbund.txt", """
            Nordsee-Ruderbund feiert Jubiläum
            Der Nordsee-Ruderbund wurde 1987 von sechs Vereinen aus Kelmstad und Varnholm gegründet.
            Zu seinen Mitgliedern gehören heute vierzig Vereine aus drei Ländern.
            Das Jubiläum wird im Sommer mit einer Regatta gefeiert.
            """);
        Engine.IngestAsync(Folder.Combine("news")).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task The_sentence_after_a_scene_setting_lead_joins_the_answer_of_an_untyped_question()
    {
        var answer = await Engine.AskAsync("What was the first problem during the Kestrel rehearsal countdown?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("plagued with problems", answer.Citations[0].Quote);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("strange smell"));
    }

    [Fact]
    public async Task A_german_sentence_pointing_back_to_the_lead_joins_the_answer()
    {
        var answer = await Engine.AskAsync("Was übernimmt der neue Leiter der Hafenmeisterei in Kelmstad von der Stadt?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Vergabe der Liegeplätze"));
    }

    [Fact]
    public async Task A_lead_holding_the_asked_kind_takes_no_continuation()
    {
        var answer = await Engine.AskAsync("Where did the Kestrel rehearsal countdown begin?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("Varnholm", answer.Citations[0].Quote);
        Assert.DoesNotContain(answer.Citations, c => c.Quote.Contains("strange smell"));
    }

    [Fact]
    public async Task A_lead_that_says_the_asked_date_of_the_asked_event_is_not_padded_with_the_next_fact_of_its_subject()
    {
        var answer = await Engine.AskAsync("Wann wurde der Nordsee-Ruderbund gegründet?");

        Assert.False(answer.Abstained, answer.Text);
        Assert.Contains("1987", answer.Citations[0].Quote);
        Assert.DoesNotContain(answer.Citations, c => c.Quote.Contains("Mitgliedern"));
    }

    [Theory]
    [InlineData("Die SCO wurde 2001 von China, Russland und Kasachstan gegründet.", "2001", true)]
    [InlineData("Much of the debate was pioneered by theorists such as J. A. Hobson (1858–1940) and Joseph Schumpeter (1883-1950).", "1858 1940 1883 1950", false)]
    public void A_date_lead_holds_the_asked_date_unless_its_dates_are_only_life_dates(string sentence, string dates, bool holds)
    {
        var lead = Sentence(sentence, 0.6, dates.Split(' '));
        Assert.Equal(holds, ContinuationOfLead.HoldsAskedFact(lead, [lead, Sentence("Its members include Turkey and Egypt.", 0.3, [])], AnswerType.Date));
    }

    [Fact]
    public void A_lead_that_shows_much_less_of_the_question_than_the_best_sentence_does_not_hold_the_asked_fact()
    {
        var lead = Sentence("A US judge banned Gazprom from taking part in the auction.", 0.2, ["us"]);
        Assert.False(ContinuationOfLead.HoldsAskedFact(lead, [lead, Sentence("Gazprom had planned to bid in the auction, an analyst said.", 0.5, [])], AnswerType.Place));
        Assert.True(ContinuationOfLead.HoldsAskedFact(lead, [lead], AnswerType.Place));
    }

    // "Der Steirer Christoph Strasser gewinnt … in neuer Rekordzeit, das erste Nickerchen gönnte sich der 32-Jährige nach 36
    // Stunden. … In einer neuen Rekordzeit von 3 Tagen 14 Stunden und 44 Minuten spulte der 32-jährige Rennradfahrer …":
    // the lede restates the race with a length of time of its own, without the question's verb; two sentences on, the time asked.
    [Fact]
    public void A_sentence_a_few_after_a_restating_lede_that_passes_the_lead_checks_joins_the_answer_second()
    {
        var (lede, between, answer) = LedeAndAnswer(ledeShowsVerb: false);
        var chosen = ContinuationOfLead.Add([lede], [lede, between, answer], AnswerType.Duration, 3);
        Assert.Equal(new[] { lede, answer }, chosen);
    }

    [Fact]
    public void A_lede_that_holds_the_asked_fact_takes_no_later_sentence()
    {
        var (lede, between, answer) = LedeAndAnswer(ledeShowsVerb: true);
        Assert.Equal(new[] { lede }, ContinuationOfLead.Add([lede], [lede, between, answer], AnswerType.Duration, 3));
    }

    [Fact]
    public void A_later_sentence_that_fails_a_lead_check_or_repeats_the_ledes_candidate_does_not_join()
    {
        var (lede, between, answer) = LedeAndAnswer(ledeShowsVerb: false);
        var forecast = answer with { StatesOnlyOutlook = true };
        Assert.Equal(new[] { lede }, ContinuationOfLead.Add([lede], [lede, between, forecast], AnswerType.Duration, 3));
        var same = answer with { Novel = lede.Novel };
        Assert.Equal(new[] { lede }, ContinuationOfLead.Add([lede], [lede, between, same], AnswerType.Duration, 3));
    }

    [Fact]
    public void A_sentence_further_on_than_three_after_the_lede_or_a_full_answer_takes_none()
    {
        var (lede, between, answer) = LedeAndAnswer(ledeShowsVerb: false);
        var far = answer with { Position = lede.Position + 4 };
        Assert.Equal(new[] { lede }, ContinuationOfLead.Add([lede], [lede, between, far], AnswerType.Duration, 3));
        Assert.Equal(new[] { lede, between }, ContinuationOfLead.Add([lede, between], [lede, between, answer], AnswerType.Duration, 2));
    }

    private static (CandidateSentence Lede, CandidateSentence Between, CandidateSentence Answer) LedeAndAnswer(bool ledeShowsVerb)
    {
        var lede = Sentence("Mara Lind gewinnt das Nordkap-Radrennen in neuer Rekordzeit, die erste Pause gönnte sie sich nach 20 Stunden.", 0.6,
            ["20 stunden"]) with { ShowsVerb = ledeShowsVerb };
        var between = Sentence("Am Sonntag erreichte Lind als Siegerin das Ziel am Hafen von Kelmstad.", 0.3, []) with { Position = 1 };
        var answer = Sentence("In einer Rekordzeit von 2 Tagen und 9 Stunden fuhr die 29-Jährige die 1.800 Kilometer.", 0.1,
            ["2 tagen", "9 stunden"]) with { Position = 2, ContextCoverage = 0.5 };
        return (lede, between, answer);
    }

    private static CandidateSentence Sentence(string text, double coverage, string[] novel) =>
        new(text, new PassageHit(new Passage("a#p0", "a", 0, text, "en"), new ArticleInfo("a", "a", null, null, null, "en"), 1f), 1, 0,
            new HashSet<string>(), coverage, 1) { Novel = novel.ToHashSet() };
}
