using System.Text.RegularExpressions;
using Briefing.Core.Search;

namespace Briefing.Web.Lab;

/// <summary>
/// Explains retrieval for the lab: the expansions retrieval adds (the same <see cref="IQueryExpander"/>s, same call)
/// and, per passage, which question words and translations occur in it as the index analyses words
/// (<see cref="ITermStatistics.AnalyzeTerms"/>: same stemming and folding). Compound splitting and reranking
/// signals are not shown.
/// </summary>
internal sealed partial class PassageMatcher(ITermStatistics terms, IEnumerable<IQueryExpander> expanders)
{
    private readonly IReadOnlyList<IQueryExpander> _expanders = expanders.ToList();

    public IReadOnlyList<WeightedTerm> Expansions(string query, string language) =>
        WeightedTerm.ForMatching(_expanders.SelectMany(e => e.Expand(query, language)));

    public IReadOnlyList<PassageView> Describe(string query, IReadOnlyList<WeightedTerm> expansions, IReadOnlyList<PassageHit> hits)
    {
        var words = Words().Matches(query).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return hits.Select((hit, i) =>
        {
            var language = hit.Passage.Language;
            var passageTerms = terms.AnalyzeTerms($"{hit.Article.Title}\n{hit.Passage.Text}", language).ToHashSet(StringComparer.Ordinal);
            var matches = new List<TermMatch>();
            foreach (var word in words)
                if (Occurs(word, language, passageTerms)) matches.Add(new TermMatch(word, "question", 1));
            foreach (var expansion in expansions.Where(e => e.Language == language))
                if (!matches.Any(m => string.Equals(m.Term, expansion.Text, StringComparison.OrdinalIgnoreCase)) && Occurs(expansion.Text, language, passageTerms))
                    matches.Add(new TermMatch(expansion.Text, "translation", Math.Round(expansion.Weight, 3)));
            return new PassageView(i + 1, Math.Round(hit.Score, 4), language, hit.Passage.Id, hit.Article.Id,
                hit.Article.Title, hit.Article.Source, hit.Passage.Text, matches);
        }).ToList();
    }

    /// <summary>A word occurs when every term it analyses to is among the passage's terms (stop words analyse to nothing).</summary>
    private bool Occurs(string word, string language, HashSet<string> passageTerms)
    {
        var analysed = terms.AnalyzeTerms(word, language);
        return analysed.Count > 0 && analysed.All(passageTerms.Contains);
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex Words();
}
