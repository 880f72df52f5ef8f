using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Core.Tests.Llm;

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
        Assert.False(CoveringLead.OutranksLead(weaker with { Coverage = 0.6 }, first with { Coverage = 0.6 }));
    }

    [Fact]
    public void A_typed_lead_of_a_clearly_weaker_article_gives_way_to_a_first_article_sentence_that_covers_a_little_more()
    {
        var (first, weaker) = (Candidates(weakerCoverage: 0.3)[0], Candidates(weakerCoverage: 0.3)[1]);

        // 0.55 against 0.62: over three quarters of the covering sentence, still less.
        Assert.True(CoveringLead.OutranksLead(weaker with { Coverage = 0.55 }, first with { Coverage = 0.62 }));
    }

    [Fact]
    public void Against_a_weaker_articles_lead_the_first_articles_sentence_that_adds_one_word_to_the_question_answers()
    {
        // "Where does the council do most of its planning work?" — "... is done in subcommittees." adds only "subcommittees".
        var questionTerms = new HashSet<string> { "council", "most", "planning", "work", "done" };
        var covering = Sentence("Most of the council's planning work is done in subcommittees.", "first", 1.0, 0.9, 1.2, showsVerb: true) with
        {
            Terms = new HashSet<string> { "most", "council", "planning", "work", "done", "subcommittees" },
        };
        var weaker = Sentence("The council met the ministers in Leeds on Monday to discuss roads.", "weaker", 0.4, 0.45, 1.0, showsVerb: false) with
        {
            Novel = new HashSet<string> { "leeds" },
        };
        var names = new NameDetector(new WordTermStatistics(), []);
        const string question = "Where does the council do most of its planning work?";

        var rival = CoveringLead.RivalOf(weaker, [weaker, covering], AnswerType.Place, question, questionTerms, "en", names);

        Assert.Null(CoveringLead.Of([weaker, covering], AnswerType.Place, question, questionTerms, "en", names));
        Assert.Same(covering, rival);
        Assert.True(CoveringLead.OutranksLead(weaker, rival));
        Assert.Null(CoveringLead.RivalOf(weaker with { ArticleShare = 0.9 }, [weaker, covering], AnswerType.Place, question, questionTerms, "en", names));
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
