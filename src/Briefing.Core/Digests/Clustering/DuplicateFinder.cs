namespace Briefing.Core.Digests.Clustering;

/// <summary>
/// Groups copies: the same text (republished, re-ingested under another id), the same text under another
/// headline (a wire story), a mostly identical text (an updated version), and the same headline.
/// These always end in one story, whatever the event clustering decides.
/// </summary>
internal static class DuplicateFinder
{
    /// <summary>Share of the smaller text's sampled shingles found in the other: half means one mostly repeats the other.</summary>
    private const double MinContainment = 0.5;
    private const int MinSharedShingles = 3;
    /// <summary>Shingles found in more articles than this are boilerplate ("Follow us on ..."), not shared text.</summary>
    private const int MaxShinglePosting = 40;

    public static UnionFind Find(IReadOnlyList<ArticleFeatures> articles)
    {
        var groups = new UnionFind(articles.Count);
        JoinEqual(groups, articles, a => a.ContentHash);
        JoinEqual(groups, articles, a => a.TitleKey);
        JoinOverlappingText(groups, articles);
        return groups;
    }

    private static void JoinEqual<TKey>(UnionFind groups, IReadOnlyList<ArticleFeatures> articles, Func<ArticleFeatures, TKey?> key)
        where TKey : notnull
    {
        var first = new Dictionary<TKey, int>();
        for (var i = 0; i < articles.Count; i++)
        {
            var value = key(articles[i]);
            if (value is null) continue;
            if (first.TryGetValue(value, out var earlier)) groups.Union(earlier, i);
            else first[value] = i;
        }
    }

    private static void JoinOverlappingText(UnionFind groups, IReadOnlyList<ArticleFeatures> articles)
    {
        var postings = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < articles.Count; i++)
        {
            foreach (var shingle in articles[i].Shingles)
            {
                if (!postings.TryGetValue(shingle, out var list)) postings[shingle] = list = [];
                list.Add(i);
            }
        }
        var shared = new Dictionary<int, int>();
        for (var i = 0; i < articles.Count; i++)
        {
            shared.Clear();
            foreach (var shingle in articles[i].Shingles)
            {
                var list = postings[shingle];
                if (list.Count > MaxShinglePosting) continue;
                foreach (var other in list)
                {
                    if (other > i) shared[other] = shared.GetValueOrDefault(other) + 1;
                }
            }
            foreach (var (other, count) in shared)
            {
                var smaller = Math.Min(articles[i].Shingles.Count, articles[other].Shingles.Count);
                var enough = count >= MinSharedShingles || count == smaller;
                if (enough && count >= MinContainment * smaller) groups.Union(i, other);
            }
        }
    }
}
