namespace Briefing.Core.Digests.Clustering;

/// <summary>
/// Joins duplicate groups that report the same event. Pairs are taken strongest first; a pair joins two stories
/// only when it is convincing on its own (a high cosine, or a moderate one backed by shared names/numbers) and
/// the two stories are also similar on average — so one article touching two events cannot chain them together.
/// </summary>
internal static class EventMerger
{
    public const float CandidateCosine = 0.05f;
    private const float StrongCosine = 0.5f;
    private const float WeakCosine = 0.25f;
    private const int MinSharedEntities = 3;
    private const int MinSharedEntitiesAcrossLanguages = 2;
    private const float MinAverageCosine = 0.2f;

    /// <param name="translated">German reports were compared through their English translations, so across languages ordinary words count too.</param>
    public static UnionFind Merge(UnionFind duplicates, IReadOnlyList<SimilarPair> pairs, IReadOnlyList<ArticleFeatures> articles, bool translated = false)
    {
        var stories = new UnionFind(duplicates);
        var similarity = new Dictionary<long, float>(pairs.Count);
        foreach (var pair in pairs) similarity[Key(pair.A, pair.B)] = pair.Cosine;

        // Each story is represented by its duplicate groups' first articles: five copies of one wire text are one voice.
        var voices = new Dictionary<int, List<int>>();
        for (var i = 0; i < duplicates.Count; i++)
        {
            if (duplicates.Find(i) == i) voices[i] = [i];
        }

        foreach (var pair in pairs.Where(p => p.Cosine >= WeakCosine).OrderByDescending(p => p.Cosine))
        {
            if (!IsConvincing(pair, articles, translated)) continue;
            var rootA = stories.Find(pair.A);
            var rootB = stories.Find(pair.B);
            if (rootA == rootB) continue;
            if (AverageCosine(voices[rootA], voices[rootB], similarity) < MinAverageCosine) continue;
            var merged = voices[rootA].Concat(voices[rootB]).ToList();
            voices.Remove(rootA);
            voices.Remove(rootB);
            voices[stories.Union(rootA, rootB)] = merged;
        }
        return stories;
    }

    /// <summary>
    /// Sharing who and where is not enough ("Macron in Paris" happens daily): a moderate match needs a third shared
    /// entity — a number, a company, another person. Across languages without the lexicon ordinary words cannot be
    /// shared, so there a moderate match with two shared entities is already as telling; with translations the
    /// ordinary words meet again and the same-language rule holds.
    /// </summary>
    private static bool IsConvincing(SimilarPair pair, IReadOnlyList<ArticleFeatures> articles, bool translated)
    {
        if (pair.Cosine >= StrongCosine) return true;
        if (pair.Cosine < WeakCosine) return false;
        var crossLanguage = !translated
                            && !string.Equals(articles[pair.A].Article.Language, articles[pair.B].Article.Language, StringComparison.OrdinalIgnoreCase);
        return articles[pair.A].SharedEntities(articles[pair.B]) >= (crossLanguage ? MinSharedEntitiesAcrossLanguages : MinSharedEntities);
    }

    private static float AverageCosine(List<int> storyA, List<int> storyB, Dictionary<long, float> similarity)
    {
        double sum = 0;
        foreach (var a in storyA)
        {
            foreach (var b in storyB) sum += similarity.GetValueOrDefault(a < b ? Key(a, b) : Key(b, a));
        }
        return (float)(sum / (storyA.Count * storyB.Count));
    }

    private static long Key(int a, int b) => ((long)a << 32) | (uint)b;
}
