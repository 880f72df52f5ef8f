using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A when-question asks for a point in time: in the lead's article, a sentence that shows what is asked and dates it to a
/// day of a month (<see cref="CalendarDays"/>) answers before a lead whose date is only a year, a decade or a season,
/// scored sentences built by hand so the choice alone is tested.
/// </summary>
public sealed class DayOfMonthLeadTests
{
    private static readonly PassageHit Hit = new(
        new Passage("a#p0", "a", 0, "", "de"), new ArticleInfo("a", "Neues Spiel der Reihe Sternfahrer", null, null, null, "de"), 1f);

    private static readonly PassageHit Other = new(
        new Passage("b#p0", "b", 0, "", "de"), new ArticleInfo("b", "Messe in Köln", null, null, null, "de"), 1f);

    private static readonly IReadOnlySet<string> QuestionTerms = new HashSet<string> { "sternfahrer", "messe", "gezeigt" };

    [Theory]
    [InlineData("Die Vorstellung soll am 15. Juni im Zuge der Messe stattfinden.", true)]
    [InlineData("The elections are scheduled for 27 February.", true)]
    [InlineData("A meeting is planned for 6 or 7 January.", true)]
    [InlineData("Die Nachprüfung findet am 6. und 7. Juni statt.", true)]
    [InlineData("The vote is on March 3.", true)]
    // A capitalised word before the day is no month: "Am 11" must not hide "11. Oktober".
    [InlineData("Am 11. Oktober findet der Urnengang statt.", true)]
    [InlineData("Ab 1. Oktober gelten die neuen Tarife.", true)]
    [InlineData("On 3 December the awards will be presented.", true)]
    [InlineData("Das Spiel soll Mitte Juni vorgestellt werden.", false)]
    [InlineData("The firm was founded in May 2015.", false)]
    [InlineData("Nach 2015 könnte das Spiel auch für andere Systeme erscheinen.", false)]
    public void A_date_to_the_day_of_a_month_is_told_from_a_rougher_one(string sentence, bool toTheDay)
    {
        Assert.Equal(toTheDay, CalendarDays.AreWrittenIn(sentence));
    }

    [Fact]
    public void A_sentence_dating_what_is_asked_to_the_day_leads_before_a_year()
    {
        var chosen = AnswerShaper.Choose(Candidates(), 3, AnswerType.Date, QuestionTerms, "de");

        Assert.StartsWith("Die offizielle Vorstellung", chosen[0].Text);
    }

    [Fact]
    public void A_sentence_of_another_article_dated_to_the_day_does_not()
    {
        var candidates = Candidates(dayInOtherArticle: true);

        Assert.StartsWith("Nach 2015", AnswerShaper.Choose(candidates, 3, AnswerType.Date, QuestionTerms, "de")[0].Text);
    }

    [Fact]
    public void A_sentence_dated_to_the_day_that_shows_nothing_asked_does_not()
    {
        var candidates = Candidates(dayShowsPredicate: false);

        Assert.StartsWith("Nach 2015", AnswerShaper.Choose(candidates, 3, AnswerType.Date, QuestionTerms, "de")[0].Text);
    }

    private static List<CandidateSentence> Candidates(bool dayInOtherArticle = false, bool dayShowsPredicate = true) =>
    [
        Sentence("Nach 2015 könnte Sternfahrer auch auf anderen Systemen erscheinen.", Hit, 0, 0.66, 1.26, ["2015"], day: false),
        Sentence("Die offizielle Vorstellung soll am 15. Juni im Zuge der Messe stattfinden.", dayInOtherArticle ? Other : Hit, 1, 0.27, 0.87, ["juni"],
            day: true, predicate: dayShowsPredicate),
    ];

    private static CandidateSentence Sentence(string text, PassageHit hit, int position, double coverage, double score, string[] novel, bool day,
        bool predicate = true) =>
        new(text, hit, 0, position, text.ToLowerInvariant().Split(' ').ToHashSet(), coverage, score)
        {
            Novel = novel.ToHashSet(), ContextCoverage = coverage, StatesDayOfMonth = day, ShowsPredicate = predicate,
        };
}
