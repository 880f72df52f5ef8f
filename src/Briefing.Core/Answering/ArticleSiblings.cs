using Briefing.Core.Search;

namespace Briefing.Core.Answering;

/// <summary>
/// The answer is often not in the passage that retrieval ranked first but elsewhere in the same article: the lead
/// names the topic ("the Shanghai Cooperation Organization"), a later paragraph states the fact ("Die SCO wurde
/// 2001 ... gegründet"). The top articles' other passages join the candidates, ranked below every retrieved one.
/// </summary>
internal static class ArticleSiblings
{
    /// <summary>How many of the best articles lend their other passages.</summary>
    private const int Articles = 2;
    /// <summary>A sibling passage's retrieval prior, as a share of its article's best retrieved passage.</summary>
    private const float ScoreShare = 0.6f;

    public static IReadOnlyList<PassageHit> Add(IReadOnlyList<PassageHit> retrieved, INewsIndex? index)
    {
        if (index is null || retrieved.Count == 0) return retrieved;
        var pool = retrieved.ToList();
        var seen = retrieved.Select(h => h.Passage.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var best in retrieved.DistinctBy(h => h.Article.Id).Take(Articles))
        {
            foreach (var passage in index.GetPassages(best.Article.Id))
                if (seen.Add(passage.Id)) pool.Add(new PassageHit(passage, best.Article, best.Score * ScoreShare));
        }
        return pool;
    }
}
