using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;
using Briefing.Core.Tests.Llm;
using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// A part taken in a game or a play ("Spieler", "actor") is asked as a role but is no post: the report names the scorer
/// without writing "Spieler" beside him, so the answering sentence need not show the word, while a post
/// ("Bürgermeister") must be written by it. Read through AskedFact.Missing, the check that abstains. The sentences are invented.
/// </summary>
public sealed class PartsTakenTests
{
    private static string? Missing(string question, string sentence)
    {
        var statistics = new WordTermStatistics();
        var hit = new PassageHit(new Passage("a#p0", "a", 0, sentence, "de"), new ArticleInfo("a", "Derby", null, null, null, "de"), 1f);
        var candidate = new CandidateSentence(sentence, hit, 0, 0, statistics.AnalyzeTerms(sentence, "de").ToHashSet(StringComparer.Ordinal), 0.5, 1)
        {
            Novel = new HashSet<string> { "hofbauer" },
        };
        return AskedFact.Missing([candidate], question, "de", AnswerType.Person, new NameDetector(new NoTermStatistics(), []), statistics, []);
    }

    [Fact]
    public void A_scorer_named_without_the_word_answers_which_player() =>
        Assert.Null(Missing("Welcher Spieler erzielte im Derby das 1:0?", "Im Derby erzielte Markus Hofbauer in der zwölften Minute das 1:0."));

    [Fact]
    public void A_post_must_be_written_by_the_answering_sentence() =>
        Assert.Equal("no chosen sentence shows the asked 'Bürgermeister'",
            Missing("Welcher Bürgermeister eröffnete im Derby das Stadion?", "Im Derby eröffnete Markus Hofbauer in der zwölften Minute das Stadion."));

    [Theory]
    [InlineData("Spieler")]
    [InlineData("Schauspielerin")]
    [InlineData("actor")]
    public void PartTakenIsAPersonTitle(string word) => Assert.True(NameContext.IsPersonTitle(word));
}
