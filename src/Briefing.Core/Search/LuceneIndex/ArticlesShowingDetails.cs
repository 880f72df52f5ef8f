using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// Which of the candidates' articles show every detail of the question (its years, numbers, names), each in any of
/// the article's passages or its title. An article reports one event: "Who runs the boarding school … in eastern
/// Ukraine?" is answered by the passage on the boarding school ("Internat") of an article whose other passages name
/// the Ukraine. Judged passage by passage, the details' bonus (<see cref="SentenceEvidenceReranker"/>) went only to
/// passages that say "Ukraine" themselves, every one of them in other articles, and the answering passage ranked below.
/// </summary>
internal static class ArticlesShowingDetails
{
    /// <param name="requiredTerms">One query per detail (<see cref="PassageQueryBuilder.RequiredTermQueries"/>).</param>
    public static IReadOnlySet<string> Among(IndexSearcher searcher, SearcherCache cache, IReadOnlyList<Query> requiredTerms,
        IEnumerable<string> articleIds)
    {
        var candidates = articleIds.Distinct(StringComparer.Ordinal).ToList();
        if (candidates.Count == 0 || requiredTerms.Count == 0) return new HashSet<string>(StringComparer.Ordinal);
        // The candidates' documents as one filter, worked out once per segment and kept for every detail: as a query
        // of one term per article it was seeked term by term, segment by segment, again for each detail — a sixth of
        // a warm question's allocations.
        var ofCandidates = new ConstantScoreQuery(new CachingWrapperFilter(
            new TermsFilter(candidates.Select(LuceneDocuments.ArticleTerm).ToList())));
        IReadOnlySet<string> showing = candidates.ToHashSet(StringComparer.Ordinal);
        foreach (var term in requiredTerms)
        {
            var query = new BooleanQuery
            {
                { ofCandidates, Occur.MUST },
                { cache.TermQuery(LuceneFields.Type, LuceneFields.PassageType), Occur.MUST },
                { term, Occur.MUST },
            };
            var showingTerm = MatchingDocuments.AsList(searcher, new ConstantScoreQuery(query))
                .Select(doc => cache.Passage(searcher, doc).Passage.ArticleId).ToHashSet(StringComparer.Ordinal);
            showing = showing.Where(showingTerm.Contains).ToHashSet(StringComparer.Ordinal);
            if (showing.Count == 0) break;
        }
        return showing;
    }
}
