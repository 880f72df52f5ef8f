using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// Builds the passage query: the question's terms against the body field of every indexed language
/// (analysed with that language's analyzer, so names and numbers also match across languages), a weaker
/// title clause, and expansion terms at their own weights so they can never drown the original terms.
/// </summary>
internal sealed class PassageQueryBuilder(LanguageAnalyzers analyzers)
{
    /// <summary>Weight of the question against passages in another language than its own.</summary>
    private const float OtherLanguageWeight = 0.6f;
    private const float TitleWeight = 0.3f;
    private const int MaxClauses = 900;

    public Query Build(SearchRequest request)
    {
        var clauses = new Dictionary<(string Field, string Term), float>();
        var questionLanguage = LanguageAnalyzers.Normalize(request.Language);
        foreach (var language in LanguageAnalyzers.Languages)
        {
            var weight = language == questionLanguage ? 1f : OtherLanguageWeight;
            AddTerms(clauses, request.Text, language, weight);
        }
        foreach (var expansion in request.Expansions)
        {
            AddTerms(clauses, expansion.Text, LanguageAnalyzers.Normalize(expansion.Language), expansion.Weight, titleToo: false);
        }

        var query = new BooleanQuery();
        foreach (var ((field, term), weight) in clauses.OrderByDescending(c => c.Value).Take(MaxClauses))
        {
            query.Add(new TermQuery(new Term(field, term)) { Boost = weight }, Occur.SHOULD);
        }
        return query;
    }

    private void AddTerms(Dictionary<(string, string), float> clauses, string text, string language, float weight, bool titleToo = true)
    {
        foreach (var term in analyzers.Analyze(text, language).Distinct())
        {
            Merge(clauses, (LuceneFields.Body(language), term), weight);
            if (titleToo) Merge(clauses, (LuceneFields.TitleText(language), term), weight * TitleWeight);
        }
    }

    /// <summary>A term reached twice (question and expansion) keeps its strongest weight rather than adding up.</summary>
    private static void Merge(Dictionary<(string, string), float> clauses, (string, string) key, float weight)
    {
        clauses[key] = clauses.TryGetValue(key, out var existing) ? Math.Max(existing, weight) : weight;
    }
}
