using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Core.Text;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Review of the measure exception in <see cref="YearBesideTopic"/>: a figure in the asked unit is the asked one only when
/// the sentence says the question's act — its verb (the question must have one) and another word it asks besides the
/// unit and the word beside the year. The sentences are scored by <see cref="SentenceCandidates.Score"/>, so the flags the
/// check reads (<see cref="CandidateSentence.StatesMeasure"/>, <see cref="CandidateSentence.ShowsAskedAct"/>) are the ones
/// the answer reads, not set by hand.
/// </summary>
public sealed class YearBesideAskedActTests
{
    private static readonly VerbGroupStatistics Statistics = new();

    private static readonly NameDetector Names = new(Statistics,
        [new ListedWords("staatschef", "wahl", "amt", "prozent", "stimmen", "auftragseingänge", "exporte", "august", "helfern", "vote", "election",
            "turnout", "percent", "percentage")]);

    private const string ShareQuestion = "Mit wie viel Prozent wurde der Staatschef bei der Wahl 2010 offiziell im Amt bestätigt?";

    [Fact]
    public void A_share_said_with_the_questions_verb_and_another_of_its_words_is_the_asked_share()
    {
        var sentence = Scored(ShareQuestion, "Lukaschenko war zuletzt 2010 mit 80 Prozent der Stimmen in seinem Amt bestätigt worden.", "de");

        Assert.True(sentence.StatesMeasure);
        Assert.True(sentence.ShowsAskedAct);
        Assert.False(IsApart(ShareQuestion, sentence, "de"));
    }

    [Fact]
    public void A_share_that_shares_only_the_questions_verb_stays_apart()
    {
        // "sanken" is the question's verb, "August" stands beside the year and "Prozent" is the asked unit: nothing says
        // the exports are the orders asked about.
        const string question = "Um wie viel Prozent sanken die Auftragseingänge im August 2019?";
        var sentence = Scored(question, "Die Exporte sanken im August 2019 um 3 Prozent.", "de");

        Assert.True(sentence.StatesMeasure);
        Assert.True(sentence.ShowsVerb);
        Assert.False(sentence.ShowsAskedAct);
        Assert.True(IsApart(question, sentence, "de"));
    }

    [Fact]
    public void A_question_without_a_verb_never_ties_a_share_to_its_year_by_the_act()
    {
        // An English question has no verb concept, so ShowsVerb holds vacuously and "election" stands beside the year.
        const string question = "What percentage of the vote did the Greens win in the 2010 election?";
        var sentence = Scored(question, "Turnout in the 2010 election was 65 percent.", "en");

        Assert.True(sentence.ShowsVerb);
        Assert.False(sentence.ShowsAskedAct);
        // English topic words are the nouns the dictionary renders as German nouns: "vote" → "Stimme".
        Assert.True(IsApart(question, sentence, "en", [new WeightedTerm("Stimme", "de", 1f) { Group = "en:vote" }]));
    }

    [Fact]
    public void A_figure_in_another_unit_than_the_asked_one_stays_apart()
    {
        var sentence = Scored(ShareQuestion, "Lukaschenko war zuletzt 2010 mit 80 Helfern in seinem Amt bestätigt worden.", "de");

        Assert.False(sentence.StatesMeasure);
        Assert.True(IsApart(ShareQuestion, sentence, "de"));
    }

    private static bool IsApart(string question, CandidateSentence sentence, string language, IReadOnlyList<WeightedTerm>? expansions = null)
    {
        var unit = AskedUnit.Of(question, Names);
        var topic = AskedTopic.Of(question, language, expansions ?? [], Names, Statistics);
        var counted = AskedTopic.OfCountedNoun(unit, language, [], Statistics);
        return YearBesideTopic.IsApart([sentence], question, AskedYears.Of(question), topic, counted, Statistics, YearBesideTopic.AsksMeasure(unit), language);
    }

    private static CandidateSentence Scored(string question, string text, string language) =>
        ScoredSentence.Of(question, text, language, Statistics, Names);

    /// <summary>
    /// Words as written without function words (the index's analyser drops them), with a German verb form grouped with its
    /// infinitive as the analyser groups them.
    /// </summary>
    private sealed class VerbGroupStatistics : ITermStatistics
    {
        private static readonly Dictionary<string, string> Infinitives = new() { ["sanken"] = "sinken", ["bestätigt"] = "bestätigen" };

        private readonly ContentWordStatistics _words = new();

        public IReadOnlyList<string> AnalyzeTerms(string text, string language) => _words.AnalyzeTerms(text, language);

        public IReadOnlyList<IReadOnlyList<string>> AnalyzeTermGroups(string text, string language) =>
            AnalyzeTerms(text, language).Select(t => language == "de" && Infinitives.TryGetValue(t, out var infinitive)
                ? (IReadOnlyList<string>)[t, infinitive] : [t]).ToList();

        public double InverseDocumentFrequency(string term, string language) => 1.0;
    }
}
