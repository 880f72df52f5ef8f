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

    private static CandidateSentence Sentence(string text, double coverage, string[] novel) =>
        new(text, new PassageHit(new Passage("a#p0", "a", 0, text, "en"), new ArticleInfo("a", "a", null, null, null, "en"), 1f), 1, 0,
            new HashSet<string>(), coverage, 1) { Novel = novel.ToHashSet() };
}
