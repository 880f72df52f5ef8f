using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A sentence from an article retrieval ranks clearly below the first (<see cref="AnswerShaper.ClearlyLowerArticleShare"/>)
/// leads only with more evidence than the first article's own lead: scored sentences built by hand so the choice alone is tested.
/// </summary>
public sealed class LowerRankedArticleLeadTests
{
    private static readonly IReadOnlySet<string> QuestionTerms = new HashSet<string> { "spend", "erlos", "auktion", "museum" };

    [Fact]
    public void The_first_articles_sentence_leads_over_a_weaker_articles_sentence_that_only_shares_the_verb()
    {
        var chosen = AnswerShaper.Choose(Candidates(weakerCoverage: 0.35), 3, AnswerType.Other, QuestionTerms, "en");

        Assert.StartsWith("Proceeds of the auction", chosen[0].Text);
    }

    [Fact]
    public void A_weaker_articles_sentence_that_shows_more_of_the_question_still_leads()
    {
        var chosen = AnswerShaper.Choose(Candidates(weakerCoverage: 0.7), 3, AnswerType.Other, QuestionTerms, "en");

        Assert.StartsWith("The museum will spend", chosen[0].Text);
    }

    [Fact]
    public void A_typed_lead_of_a_clearly_weaker_article_gives_way_to_the_first_articles_covering_sentence()
    {
        var (first, weaker) = (Candidates(weakerCoverage: 0.3)[0], Candidates(weakerCoverage: 0.3)[1]);

        Assert.True(CoveringLead.OutranksLead(weaker, first with { Coverage = 0.6 }));
        Assert.False(CoveringLead.OutranksLead(weaker with { ArticleShare = 0.9 }, first with { Coverage = 0.6 }));
        Assert.False(CoveringLead.OutranksLead(weaker with { Coverage = 0.5 }, first with { Coverage = 0.6 }));
    }

    /// <summary>The first article explains the question in other words; the weaker one (a third of its score) says its verb.</summary>
    private static List<CandidateSentence> Candidates(double weakerCoverage) =>
    [
        Sentence("Proceeds of the auction go to the museum's restoration fund for the east wing.", "first", 1.0, 0.5, 0.9, showsVerb: false),
        Sentence("The museum will spend more on guards, the city's budget report said.", "weaker", 0.35, weakerCoverage, 1.0, showsVerb: true),
    ];

    private static CandidateSentence Sentence(string text, string article, double share, double coverage, double score, bool showsVerb) =>
        new(text, new PassageHit(new Passage($"{article}#p0", article, 0, text, "en"), new ArticleInfo(article, article, null, null, null, "en"), (float)share), 0, 0,
            text.ToLowerInvariant().Split(' ').ToHashSet(), coverage, score)
        {
            ContextCoverage = coverage, ShowsVerb = showsVerb, ArticleShare = share,
        };
}
