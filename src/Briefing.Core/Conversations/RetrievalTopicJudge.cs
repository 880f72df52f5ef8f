using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Text;

namespace Briefing.Core.Conversations;

/// <summary>
/// Decides follow-ups by retrieval evidence. A question names its own topic when its own key terms, searched
/// alone, find a passage that shows most of them, and the previous question's articles show them less well:
/// "Was ist mit der Sturmflut in Nordhafen?" after a ferry question finds the storm-surge report, which the
/// ferry article does not match. "Und was sagte Lawrow?" stays a follow-up when Lawrow is in the article the
/// conversation is about (or in none); "And when?" has no key terms of its own and always is one.
/// </summary>
public sealed class RetrievalTopicJudge(INewsIndex index) : ITopicJudge
{
    /// <summary>Share of the question's key terms the best passage must show for the question to name a topic.</summary>
    public const double MinOwnCoverage = 0.6;

    private const int Candidates = 5;
    /// <summary>Articles scoring at least this share of the previous question's best hit are what the conversation was about.</summary>
    private const float PreviousTopicScoreShare = 0.6f;

    public bool NamesOwnTopic(string question, string language, IReadOnlyList<ChatTurn> history)
    {
        if (history.Count == 0) return true;
        var keyTerms = QuestionTerms.KeyTerms(question);
        if (keyTerms.Count == 0) return false;

        var alone = index.Search(new SearchRequest(string.Join(' ', keyTerms), language, Candidates));
        var own = alone.Count == 0 ? 0 : alone.Max(hit => Coverage(keyTerms, hit.Passage.Text, hit.Passage.Language));
        if (own < MinOwnCoverage) return false;

        var previous = history[^1];
        var previousQuestion = string.IsNullOrWhiteSpace(previous.StandaloneQuestion) ? previous.Question : previous.StandaloneQuestion;
        var previousHits = index.Search(new SearchRequest(previousQuestion, LanguageDetector.Detect(previousQuestion), Candidates));
        var topScore = previousHits.Count == 0 ? 0 : previousHits.Max(hit => hit.Score);
        var previousArticles = previousHits.Where(hit => hit.Score >= PreviousTopicScoreShare * topScore).Select(hit => hit.Article.Id).Distinct();
        var shownBefore = previousArticles
            .SelectMany(index.GetPassages)
            .Select(passage => Coverage(keyTerms, passage.Text, passage.Language))
            .DefaultIfEmpty(0)
            .Max();
        return shownBefore < own;
    }

    /// <summary>Share of <paramref name="keyTerms"/> whose index term (in the passage's language) occurs in the passage.</summary>
    private static double Coverage(IReadOnlyList<string> keyTerms, string passageText, string passageLanguage)
    {
        var terms = Tokenizer.Tokenize(passageText).SelectMany(t => t.Parts())
            .Select(t => WordNormalizer.Key(t.Text, passageLanguage))
            .ToHashSet(StringComparer.Ordinal);
        var shown = keyTerms.Count(term => term.Split('-').All(part => terms.Contains(WordNormalizer.Key(part, passageLanguage))));
        return (double)shown / keyTerms.Count;
    }
}
