using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A weekday or "gestern" dates an event only from the day the report was written: for a when-question, a sentence whose
/// date says more (a year, a month) answers before one dated only so, also from further on in the lead's article,
/// where it stands far from the question's names. Scored sentences built by hand so the choice alone is tested.
/// </summary>
public sealed class DatedFromWritingLeadTests
{
    private static readonly PassageHit First = new(
        new Passage("a#p0", "a", 0, "", "de"), new ArticleInfo("a", "Rebellen greifen Stützpunkt an", null, null, null, "de"), 1f);

    private static readonly PassageHit Later = new(
        new Passage("a#p1", "a", 1, "", "de"), new ArticleInfo("a", "Rebellen greifen Stützpunkt an", null, null, null, "de"), 0.8f);

    private static readonly PassageHit Other = new(
        new Passage("b#p0", "b", 0, "", "de"), new ArticleInfo("b", "Wahl im Kongo", null, null, null, "de"), 0.8f);

    private static readonly IReadOnlySet<string> QuestionTerms = new HashSet<string> { "rebellengrupp", "adf", "gibt" };

    private static readonly CandidateSentence Weekdays = Sentence(
        "Wie die Organisation am Montag mitteilte, brachen die Gefechte am Sonntag aus.", First, 0, 0.6, 1.3, ["montag", "sonntag"]);

    [Fact]
    public void A_sentence_dated_by_a_year_leads_before_one_dated_by_weekdays()
    {
        List<CandidateSentence> candidates = [Weekdays, Sentence("Sie wurden 1995 als oppositionelle Gruppe gegründet.", First, 1, 0.35, 1.1, ["1995"])];

        Assert.StartsWith("Sie wurden 1995", AnswerShaper.Choose(candidates, 3, AnswerType.Date, QuestionTerms, "de")[0].Text);
    }

    [Fact]
    public void Weekdays_still_lead_when_no_other_date_answers()
    {
        List<CandidateSentence> candidates = [Weekdays, Sentence("Sie wurden als oppositionelle Gruppe gegründet.", First, 1, 0.35, 1.1, [])];

        Assert.StartsWith("Wie die Organisation", AnswerShaper.Choose(candidates, 3, AnswerType.Date, QuestionTerms, "de")[0].Text);
    }

    [Fact]
    public void A_sentence_of_the_leads_article_far_from_the_names_dates_it_absolutely()
    {
        List<CandidateSentence> candidates = [Weekdays, Sentence("Ein neuer Termin wurde für den 29. August angesetzt.", Later, 0, 0.35, 1.0, ["august"], core: false)];

        Assert.StartsWith("Ein neuer Termin", AnswerShaper.Choose(candidates, 3, AnswerType.Date, QuestionTerms, "de")[0].Text);
    }

    [Fact]
    public void One_of_another_article_far_from_the_names_does_not()
    {
        List<CandidateSentence> candidates = [Weekdays, Sentence("Ein neuer Termin wurde für den 29. August angesetzt.", Other, 0, 0.35, 1.0, ["august"], core: false)];

        Assert.StartsWith("Wie die Organisation", AnswerShaper.Choose(candidates, 3, AnswerType.Date, QuestionTerms, "de")[0].Text);
    }

    private static CandidateSentence Sentence(string text, PassageHit hit, int position, double coverage, double score, string[] novel, bool core = true) =>
        new(text, hit, 0, position, text.ToLowerInvariant().Split(' ').ToHashSet(), coverage, score)
        {
            Novel = novel.ToHashSet(), ContextCoverage = coverage, ShowsPredicate = true, ShowsCore = core,
        };
}
