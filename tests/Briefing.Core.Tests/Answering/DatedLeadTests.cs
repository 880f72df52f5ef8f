using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// The lead of a question about a year must say the year (<see cref="AskedYears"/>); a sentence that says it may lean
/// on its neighbour for the topic ("Von 340.000 Beschäftigten sind 145.000 Aktionäre. Bis 2020 sollen es mehr als
/// 200.000 sein."), scored sentences built by hand so the choice alone is tested.
/// </summary>
public sealed class DatedLeadTests
{
    private static readonly PassageHit Hit = new(
        new Passage("a#p0", "a", 0, "", "de"), new ArticleInfo("a", "Siemens-Mitarbeiter als Aktionäre", null, null, null, "de"), 1f);

    private static readonly IReadOnlySet<string> QuestionTerms = new HashSet<string> { "siemens", "mitarbeit", "aktionar", "2020" };

    [Fact]
    public void A_sentence_with_the_year_leads_next_to_the_sentence_about_the_topic()
    {
        var chosen = AnswerShaper.Choose(Candidates(), 3, AnswerType.Number, QuestionTerms, "de", datedQuestion: true);

        Assert.StartsWith("Bis 2020", chosen[0].Text);
    }

    [Fact]
    public void Without_the_year_the_best_figure_leads()
    {
        var chosen = AnswerShaper.Choose(Candidates(yearAsked: false), 3, AnswerType.Number, QuestionTerms, "de");

        Assert.StartsWith("Von den 340.000", chosen[0].Text);
    }

    [Fact]
    public void No_sentence_that_says_the_year_is_an_abstention()
    {
        var candidates = Candidates().Where(c => !c.Text.StartsWith("Bis 2020", StringComparison.Ordinal)).ToList();

        Assert.Empty(AnswerShaper.Choose(candidates, 3, AnswerType.Number, QuestionTerms, "de", datedQuestion: true));
    }

    /// <summary>The best-covering sentence holds no figure; the figure sentence before the dated one covers 60 % of it.</summary>
    private static List<CandidateSentence> Candidates(bool yearAsked = true) =>
    [
        Sentence("Siemens will seine Mitarbeiter stärker als Aktionäre am Erfolg beteiligen.", 0, 1.0, 2.0, [], year: !yearAsked),
        Sentence("Von den 340.000 Beschäftigten sind 145.000 Aktionäre des Konzerns.", 1, 0.6, 1.6, ["340000", "145000"], year: !yearAsked),
        Sentence("Bis 2020 sollen es mehr als 200.000 sein.", 2, 0.16, 1.0, ["200000"], year: true),
    ];

    private static CandidateSentence Sentence(string text, int position, double coverage, double score, string[] novel, bool year) =>
        new(text, Hit, 0, position, text.ToLowerInvariant().Split(' ').ToHashSet(), coverage, score)
        {
            Novel = novel.ToHashSet(), ContextCoverage = coverage, ShowsAskedYears = year,
        };
}
