using System.Text.RegularExpressions;
using Briefing.Core.Search;

namespace Briefing.Core.Answering;

/// <summary>A question's content terms as the index analyses them in one language, each weighted by its IDF.</summary>
internal sealed partial class QuestionTerms
{
    private QuestionTerms(IReadOnlyDictionary<string, double> weights) => Weights = weights;

    public IReadOnlyDictionary<string, double> Weights { get; }

    public double TotalWeight => Weights.Values.Sum();

    public static QuestionTerms For(string question, string language, ITermStatistics statistics)
    {
        var content = string.Join(' ', Words().Matches(question).Select(m => m.Value).Where(w => !QuestionWords.IsIgnored(w)));
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in statistics.AnalyzeTerms(content, language))
        {
            if (!weights.ContainsKey(term)) weights[term] = Math.Max(0.1, statistics.InverseDocumentFrequency(term, language));
        }
        return new QuestionTerms(weights);
    }

    /// <summary>Share of the question's IDF mass that <paramref name="terms"/> contains, in [0, 1].</summary>
    public double Coverage(IReadOnlySet<string> terms)
    {
        var total = TotalWeight;
        if (total <= 0) return 0;
        return Weights.Where(w => terms.Contains(w.Key)).Sum(w => w.Value) / total;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\-']*")]
    private static partial Regex Words();
}
