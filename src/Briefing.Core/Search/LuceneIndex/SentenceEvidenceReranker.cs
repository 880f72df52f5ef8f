
namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// Second-stage ranking of the first BM25 candidates: a passage whose single sentence covers most of the
/// question's weighted concepts is likelier to answer it than one that spreads the same words over several
/// sentences (questions are usually about one fact, stated in one sentence). The final score adds that best
/// sentence coverage to the BM25 score normalised by the top candidate's.
/// </summary>
internal sealed class SentenceEvidenceReranker(ITermStatistics statistics)
{
    /// <summary>How many BM25 candidates are re-scored; deeper costs analysis time for little gain.</summary>
    public const int Depth = 12;

    /// <summary>Weight of the best sentence's coverage (in [0, 1]) against the normalised BM25 score (in [0, 1]).</summary>
    /// <remarks>Measured on XQuAD de→de (R@1): 0 → 0.880, 0.5 → 0.888, 1 → 0.893, 2 → 0.895, 3 → 0.897 (then latency grows, gains flatten).</remarks>
    private const double SentenceWeight = 2.0;

    /// <summary>Bonus for a passage that shows every specific detail of the question (years, numbers, names).</summary>
    private const double RequiredWeight = 1.0;

    public IReadOnlyList<PassageHit> Rerank(SearchRequest request, IReadOnlyList<PassageHit> hits, IReadOnlySet<string>? showingRequired = null)
    {
        if (hits.Count < 2) return hits;
        var top = Math.Max(hits[0].Score, 1e-6f);
        var termsByLanguage = new Dictionary<string, QuestionTerms>();
        var rescored = new List<(PassageHit Hit, double Score)>(hits.Count);
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (i >= Depth && showingRequired?.Contains(hit.Passage.Id) != true)
            {
                rescored.Add((hit with { Score = hit.Score / top }, hit.Score / top));
                continue;
            }
            var language = hit.Passage.Language;
            if (!termsByLanguage.TryGetValue(language, out var terms))
                termsByLanguage[language] = terms = QuestionTerms.For(request.Text, LanguageAnalyzers.Normalize(request.Language), language, request.Expansions, statistics);
            var best = 0.0;
            foreach (var sentenceTerms in PassageSentences.Of(hit.Passage.Text, language, statistics).Terms)
                best = Math.Max(best, terms.ComparableCoverage(sentenceTerms));
            var score = hit.Score / top + SentenceWeight * best + (showingRequired?.Contains(hit.Passage.Id) == true ? RequiredWeight : 0);
            rescored.Add((hit with { Score = (float)score }, score));
        }
        return rescored.OrderByDescending(r => r.Score).Select(r => r.Hit).ToList();
    }
}
