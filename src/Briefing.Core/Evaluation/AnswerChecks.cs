using System.Text.RegularExpressions;
using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Text;

namespace Briefing.Core.Evaluation;

/// <summary>The per-case judgements of <c>eval</c>: answer hit, gold rank, gold citation, answer language.</summary>
public static partial class AnswerChecks
{
    /// <summary>Case-insensitive, white-space-insensitive containment of any gold answer in the answer text (markers removed).</summary>
    public static bool AnswerHit(Answer answer, IReadOnlyList<string> goldAnswers)
    {
        if (answer.Abstained) return false;
        return ContainsAnswer(Markers().Replace(answer.Text, " "), goldAnswers);
    }

    /// <summary>The answer-hit rule on plain text: some gold answer occurs in it, ignoring case and runs of white space.</summary>
    public static bool ContainsAnswer(string text, IReadOnlyList<string> goldAnswers)
    {
        var normalized = Normalize(text);
        return goldAnswers.Select(Normalize).Any(gold => gold.Length > 0 && normalized.Contains(gold, StringComparison.Ordinal));
    }

    public static int? GoldRank(IReadOnlyList<PassageHit> retrieved, string goldArticleId)
    {
        for (var i = 0; i < retrieved.Count; i++)
        {
            if (retrieved[i].Article.Id == goldArticleId) return i + 1;
        }
        return null;
    }

    public static bool GoldCited(Answer answer, string goldArticleId) => answer.Citations.Any(c => c.ArticleId == goldArticleId);

    /// <summary>
    /// True when the answer's own words (its text without verbatim quotes and [n] markers) are not in the expected
    /// language. Verbatim quotes may be in the article's language; that is the contract, not an error.
    /// </summary>
    public static bool WrongLanguage(Answer answer, string expectedLanguage)
    {
        if (answer.Language != expectedLanguage) return true;
        var own = answer.Citations.Aggregate(answer.Text, (text, c) => text.Replace(c.Quote, " ", StringComparison.Ordinal));
        own = Markers().Replace(own, " ");
        if (Letters().Matches(own).Count < 3) return false;
        return LanguageDetector.Detect(own) != expectedLanguage;
    }

    private static string Normalize(string text) => Whitespace().Replace(text.ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Markers();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Letters();
}
