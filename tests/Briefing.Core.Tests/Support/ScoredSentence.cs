using Briefing.Core.Answering;
using Briefing.Core.Articles;
using Briefing.Core.Search;
using Xunit;

namespace Briefing.Core.Tests.Support;

/// <summary>One sentence of a one-passage article, scored for a question as the extractive pipeline scores it.</summary>
internal static class ScoredSentence
{
    public static CandidateSentence Of(string question, string text, string language, ITermStatistics statistics, NameDetector names,
        string title = "Nachrichten")
    {
        PassageHit hit = new(new Passage("a#p1", "a", 1, text, language), new ArticleInfo("a", title, null, null, null, language), 1f);
        var context = new AnswerContext(question, question, language, [hit]);
        var (sentences, _) = SentenceCandidates.Score(context, [hit], [hit], statistics, [], ExpectedAnswerType.Of(question), AskedUnit.Of(question, names), names, []);
        return Assert.Single(sentences, s => s.Text == text);
    }
}
