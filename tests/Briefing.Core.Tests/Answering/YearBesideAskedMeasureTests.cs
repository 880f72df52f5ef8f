using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Core.Tests.Llm;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, false abstentions on how-much questions about a year: "Mit wie viel Prozent wurde der weißrussische
/// Staatschef bei der Wahl 2010 offiziell im Amt bestätigt?" over "Lukaschenko war zuletzt 2010 mit offiziell 80 Prozent
/// der Stimmen in seinem Amt bestätigt worden" was abstained on as "about something else": the sentence names neither the
/// role nor the election. A new figure in the asked unit, said with the asked act (its verb and another word it asks), is the asked
/// figure in the asked year (<see cref="YearBesideTopic"/>). A figure without the asked act or in another unit is read
/// through <see cref="SentenceCandidates.Score"/> in <see cref="YearBesideAskedActTests"/>, not set by hand here.
/// </summary>
public sealed class YearBesideAskedMeasureTests
{
    private static readonly WordTermStatistics Statistics = new();

    private static readonly NameDetector Names = new(Statistics, [new ListedWords("staatschef", "wahl", "amt", "prozent", "stimmen") { Language = "de" }]);

    private const string ShareQuestion = "Mit wie viel Prozent wurde der Staatschef bei der Wahl 2010 bestätigt?";

    private const string ShareSentence = "Lukaschenko war zuletzt 2010 mit offiziell 80 Prozent der Stimmen bestätigt worden.";

    [Fact]
    public void A_year_beside_a_share_said_with_the_asked_act_is_said_of_the_asked_share()
    {
        Assert.False(IsApart(Sentence(ShareSentence), measureAsked: true));
    }

    [Fact]
    public void Without_the_asked_unit_question_the_same_sentence_stays_apart_from_the_topic()
    {
        // The baseline the rule changes: the sentence shows none of the question's topic words.
        Assert.True(IsApart(Sentence(ShareSentence), measureAsked: false));
    }

    [Theory]
    [InlineData("Mit welchem Ergebnis gewann Bayern das Finale 2013?", false)]
    [InlineData("Wie viele Tore schoss Bayern 2013?", false)]
    [InlineData(ShareQuestion, true)]
    [InlineData("Wie viel Geld verdiente Bayern 2013?", true)]
    public void A_score_is_no_measure_the_year_check_reads_by_its_unit(string question, bool asksMeasure)
    {
        // "2013 gewann Dortmund 2:1 gegen Schalke": a score is said of the two sides that played, not of the verb's act.
        Assert.Equal(asksMeasure, YearBesideTopic.AsksMeasure(AskedUnit.Of(question, Names)));
    }

    [Fact]
    public void A_result_question_asks_a_score_which_is_no_measure()
    {
        // The theory's first row is read as a score, not as no unit at all (which would pass for the wrong reason).
        var unit = AskedUnit.Of("Mit welchem Ergebnis gewann Bayern das Finale 2013?", Names);

        Assert.Equal(AskedUnit.Measure.Score, unit?.Kind);
        Assert.False(YearBesideTopic.AsksMeasure(unit));
    }

    private static bool IsApart(CandidateSentence sentence, bool measureAsked)
    {
        var topic = AskedTopic.Of(ShareQuestion, "de", [], Names, Statistics);
        var counted = AskedTopic.OfCountedNoun(AskedUnit.Of(ShareQuestion, Names), "de", [], Statistics);
        return YearBesideTopic.IsApart([sentence], ShareQuestion, AskedYears.Of(ShareQuestion), topic, counted, Statistics, measureAsked, "de");
    }

    private static readonly PassageHit Hit = new(
        new Passage("a#p1", "a", 1, "", "de"), new ArticleInfo("a", "Sechs Oppositionelle freigelassen", null, null, null, "de"), 1f);

    private static CandidateSentence Sentence(string text) =>
        new(text, Hit, 0, 0, Statistics.AnalyzeTerms(text, "de").ToHashSet(StringComparer.Ordinal), 0.3, 1.0)
        {
            Novel = new HashSet<string> { "80" }, ShowsUnit = true, StatesMeasure = true, ShowsVerb = true, ShowsPredicate = true, ShowsAskedAct = true, ShowsCore = true,
        };
}
