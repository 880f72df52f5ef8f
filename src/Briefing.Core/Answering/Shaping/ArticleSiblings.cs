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
    /// <remarks>
    /// Three, not two: an answering article ranked third behind two that share the question's words (another article on
    /// the same company, one in the asker's language that shows its common words) was read only in its retrieved passage,
    /// and the paragraph that states the fact never reached the candidates (probes, de→en "Wie viele Webseiten hat
    /// Microsoft für seine neue MSN-Suche erfasst?"; de→de "Wer wird neuer Bürgermeister in Wels?").
    /// </remarks>
    private const int Articles = 3;
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
