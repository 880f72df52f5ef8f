using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Core.Tests.Llm;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, false abstentions on how-many and how-much questions whose first article answers: the question was read as
/// another kind ("Um wie viele Stimmen … im vorläufigen Endergebnis?" as a score, "What share of … is earned …?" as a sum),
/// the counted noun's compound head ("600 Umfragen" for "Meinungsumfragen") was not read as counting the asked thing, or a
/// sentence that writes the answering figure while leaving another fact open was read as saying the asked one is unknown.
/// </summary>
public sealed class HowManyReadingTests
{
    private static readonly WordTermStatistics Statistics = new();

    [Theory]
    [InlineData("Um wie viele Stimmen hat die ÖVP im amtlichen Resultat mehr als im vorläufigen Endergebnis?")]
    [InlineData("How many votes did the Greens get in the final result of the ballot?")]
    public void A_count_of_a_noun_beside_a_result_word_is_no_score_question(string question)
    {
        Assert.False(ExpectedAnswerType.AsksForTally(question));
        Assert.Equal(AskedUnit.Measure.Count, AskedUnit.Of(question)?.Kind);
    }

    [Theory]
    [InlineData("Mit welchem Endergebnis ging die Abstimmung aus?")]
    [InlineData("What was the final score of the match?")]
    [InlineData("Wie ging das Spiel aus?")]
    public void A_result_question_still_asks_a_score(string question)
    {
        Assert.True(ExpectedAnswerType.AsksForTally(question));
        Assert.Equal(AskedUnit.Measure.Score, AskedUnit.Of(question)?.Kind);
    }

    [Theory]
    [InlineData("What share of Tyrol's tourism value added is earned in the winter months?")]
    [InlineData("What proportion of the costs did the city pay?")]
    public void A_part_of_a_whole_is_no_sum_of_money(string question) =>
        Assert.NotEqual(AskedUnit.Measure.Money, AskedUnit.Of(question)?.Kind);

    [Theory]
    [InlineData("What did the company earn last year?")]
    [InlineData("What was the club paid for the striker?")]
    public void A_what_question_with_a_money_verb_still_asks_a_sum(string question) =>
        Assert.Equal(AskedUnit.Measure.Money, AskedUnit.Of(question)?.Kind);

    [Theory]
    [InlineData("2012 hat allein das Amt 600 Umfragen in Auftrag gegeben.", true)]
    [InlineData("Das Amt hat 600 Meinungsumfragen in Auftrag gegeben.", true)]
    [InlineData("2012 hat allein das Amt 600 Radarboxen aufgestellt.", false)]
    public void A_figure_of_the_counted_compounds_head_counts_the_asked_thing(string text, bool counts)
    {
        var asked = Statistics.AnalyzeTerms("Meinungsumfragen", "de").ToHashSet(StringComparer.Ordinal);

        Assert.Equal(counts, AskedFact.CountsBy(Sentence(text, "de", "600"), asked, Statistics, compoundsOf: asked));
    }

    /// <summary>
    /// A noun of the asked kind counts the compounds it heads ("600 Medienexperten" for professionals), one way only: the
    /// word a listed compound ends in is no noun of the kind ("30 Vertreter" are no Medienvertreter).
    /// </summary>
    [Theory]
    [InlineData("Erwartet werden 600 Medienexperten.", "600", true)]
    [InlineData("Erwartet werden 30 Vertreter.", "30", false)]
    public void A_kinds_noun_counts_the_compounds_it_heads_only(string text, string figure, bool counts)
    {
        var heads = new[] { "experten", "medienvertreter" }.ToHashSet(StringComparer.Ordinal);

        Assert.Equal(counts, AskedFact.CountsBy(Sentence(text, "de", figure), new HashSet<string>(), Statistics, headsOf: heads));
    }

    [Fact]
    public void The_head_of_a_dictionarys_other_word_counts_nothing_asked()
    {
        // "Überfälle" is the dictionary's other word for the asked attacks; "465 Fälle" counts cases, not raids.
        var other = Statistics.AnalyzeTerms("Überfälle", "de").ToHashSet(StringComparer.Ordinal);
        var sentence = Sentence("465 Fälle wurden dem Forum 2015 gemeldet.", "de", "465");

        Assert.False(AskedFact.CountsBy(sentence, other, Statistics));
    }

    private const string LockedOutQuestion = "Roughly how many players got locked out of the game for using pirated copies?";

    [Fact]
    public void A_sentence_that_writes_the_answering_figure_while_leaving_another_fact_open_does_not_deny_it()
    {
        var lead = Sentence("About 20,000 players got locked out of the game for using pirated copies.", "en", "20000");
        var other = Sentence("The firm has not released sales figures, but said the 20,000 players locked out had used pirated copies.", "en", "20000") with { Position = 1 };

        Assert.DoesNotContain("the asked fact is not known", Missing(lead, other) ?? "");
    }

    [Fact]
    public void A_sentence_that_says_the_count_is_not_known_without_the_figure_still_denies_it()
    {
        var lead = Sentence("About 20,000 players got locked out of the game for using pirated copies.", "en", "20000");
        var other = Sentence("How many players got locked out of the game for pirated copies is not known.", "en") with { Position = 1 };

        Assert.Contains("the asked fact is not known", Missing(lead, other) ?? "");
    }

    private static string? Missing(CandidateSentence lead, CandidateSentence other) =>
        AskedFact.Missing([lead], LockedOutQuestion, "en", AnswerType.Number, new NameDetector(Statistics, []), Statistics, [], [lead, other]);

    private static CandidateSentence Sentence(string text, string language, params string[] novel) =>
        new(text, new PassageHit(new Passage("a#p1", "a", 1, text, language), new ArticleInfo("a", "Report", null, null, null, language), 1f),
            0, 0, Statistics.AnalyzeTerms(text, language).ToHashSet(StringComparer.Ordinal), 0.5, 1.0)
        {
            Novel = novel.ToHashSet(StringComparer.Ordinal), ShowsUnit = true, ShowsVerb = true, ShowsPredicate = true, ShowsCore = true,
            ContextCoverage = 0.5,
        };
}
