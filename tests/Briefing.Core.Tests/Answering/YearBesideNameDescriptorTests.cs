using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Core.Text;
using Briefing.Core.Tests.Llm;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// "How much net profit did Australian miner WMC make in 2004?": the lower-case word right before the name says what the
/// name is (<see cref="NameDescriptors"/>), so the year said beside the company is said of the asked thing though the
/// article never calls it a miner (<see cref="YearBesideTopic"/>). A topic word that describes no name still must stand
/// beside the year.
/// </summary>
public sealed class YearBesideNameDescriptorTests
{
    private static readonly WordStatistics Statistics = new();

    private static readonly NameDetector Names = new(Statistics, [new Listed("miner", "profits", "profit", "harvest", "crops", "tonnes", "net")]);

    [Fact]
    public void A_word_that_describes_the_name_is_no_topic_the_year_must_stand_beside()
    {
        const string question = "How much net profit did Australian miner WMC make in 2004?";
        var sentence = Scored(question, "WMC said it made net profits of 1.33bn Australian dollars in 2004, up from A$246bn the year before.");

        Assert.False(IsApart(question, sentence, "en"));
        // Without the question's language the descriptor is read as a topic word, as before.
        Assert.True(IsApart(question, sentence, null));
    }

    [Fact]
    public void A_topic_word_that_describes_no_name_still_stands_apart()
    {
        const string question = "How much net profit did the miner make in 2004?";
        var sentence = Scored(question, "WMC said it made net profits of 1.33bn Australian dollars in 2004, up from A$246bn the year before.");

        Assert.Empty(NameDescriptors.In(question, "en"));
        Assert.True(IsApart(question, sentence, "en"));
    }

    [Fact]
    public void German_questions_have_no_such_descriptors() =>
        Assert.Empty(NameDescriptors.In("Wie viel Gewinn hat der australische Bergbaukonzern WMC 2004 gemacht?", "de"));

    private static bool IsApart(string question, CandidateSentence sentence, string? language)
    {
        var unit = AskedUnit.Of(question, Names);
        // English topic words are the nouns the dictionary renders as German nouns: "miner" → "Bergmann".
        var topic = AskedTopic.Of(question, "en", [new WeightedTerm("Bergmann", "de", 1f) { Group = "en:miner" }], Names, Statistics);
        var counted = AskedTopic.OfCountedNoun(unit, "en", [], Statistics);
        return YearBesideTopic.IsApart([sentence], question, AskedYears.Of(question), topic, counted, Statistics, YearBesideTopic.AsksMeasure(unit), language);
    }

    private static CandidateSentence Scored(string question, string text)
    {
        PassageHit hit = new(new Passage("a#p1", "a", 1, text, "en"), new ArticleInfo("a", "Results", null, null, null, "en"), 1f);
        var context = new AnswerContext(question, question, "en", [hit]);
        var (sentences, _) = SentenceCandidates.Score(context, [hit], [hit], Statistics, [], ExpectedAnswerType.Of(question), AskedUnit.Of(question, Names), Names, []);
        return Assert.Single(sentences, s => s.Text == text);
    }

    /// <summary>Words as written without function words (the index's analyser drops them).</summary>
    private sealed class WordStatistics : ITermStatistics
    {
        private readonly WordTermStatistics _words = new();

        public IReadOnlyList<string> AnalyzeTerms(string text, string language) =>
            _words.AnalyzeTerms(text, language).Where(w => !FunctionWords.IsFunctionWord(w, language)).ToList();

        public double InverseDocumentFrequency(string term, string language) => 1.0;
    }

    private sealed class Listed(params string[] words) : IWordLexicon
    {
        public bool? IsCommonWord(string word, string language) => words.Contains(word.ToLowerInvariant()) ? true : null;

        public bool? IsListedAsWritten(string word, string language) => null;
    }
}
