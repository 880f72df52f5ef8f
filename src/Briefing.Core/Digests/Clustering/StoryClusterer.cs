using Briefing.Core.Articles;

namespace Briefing.Core.Digests.Clustering;

/// <summary>
/// Groups a day's articles into stories: copies first (<see cref="DuplicateFinder"/>), then reports of the same
/// event across sources and languages (<see cref="EventMerger"/> over <see cref="TermSpace"/> vectors).
/// Near-linear: candidates come from inverted indexes of rare terms and sampled shingles, never from all pairs.
/// </summary>
public sealed class StoryClusterer(IStoryTermTranslator? translator = null)
{
    /// <summary>Terms carried by more than this share of the day's articles do not propose candidate pairs.</summary>
    private const int CommonTermDivisor = 20;
    private const int MinCandidateDocumentFrequency = 50;

    /// <param name="articles">The day's articles.</param>
    /// <param name="preferredLanguage">When set, a story's representative (headline) is taken from an article in this language if it has one.</param>
    public IReadOnlyList<StoryCluster> Cluster(IReadOnlyList<Article> articles, string? preferredLanguage = null)
    {
        if (articles.Count == 0) return [];
        // Translations only matter when the day mixes German and English reports.
        var mixed = articles.Any(a => a.Language == "de") && articles.Any(a => a.Language != "de");
        var useTranslator = mixed ? translator : null;
        // Reading the articles is most of the work and independent per article.
        var features = articles.Count < 64
            ? articles.Select(a => ArticleFeatures.Extract(a, useTranslator)).ToArray()
            : articles.AsParallel().AsOrdered().Select(a => ArticleFeatures.Extract(a, useTranslator)).ToArray();
        var duplicates = DuplicateFinder.Find(features);
        var space = new TermSpace(features, f => f.HeadTerms);
        var maxDocumentFrequency = Math.Max(MinCandidateDocumentFrequency, articles.Count / CommonTermDivisor);
        var pairs = space.SimilarPairs(EventMerger.CandidateCosine, maxDocumentFrequency);
        if (useTranslator is not null)
        {
            // German and English reports compare by how the German one reads in English: translations, names, numbers.
            var crossLingual = new TermSpace(features, f => f.CrossLingualTerms)
                .SimilarPairs(EventMerger.CandidateCosine, maxDocumentFrequency)
                .Where(p => !string.Equals(articles[p.A].Language, articles[p.B].Language, StringComparison.OrdinalIgnoreCase));
            pairs = SimilarPair.Strongest(pairs.Concat(crossLingual));
        }
        var stories = EventMerger.Merge(duplicates, pairs, features, translated: useTranslator is not null);
        return [.. stories.Groups().Select(members => Build(members, duplicates, space, articles, preferredLanguage))];
    }

    private static StoryCluster Build(List<int> members, UnionFind duplicates, TermSpace space, IReadOnlyList<Article> articles, string? preferredLanguage)
    {
        var groups = members
            .GroupBy(duplicates.Find)
            .Select(g => g.OrderBy(i => StoryCluster.TimeOf(articles[i]) ?? DateTimeOffset.MaxValue).ThenBy(i => i).ToList())
            .ToList();

        var centroid = new Dictionary<int, float>();
        foreach (var group in groups)
        {
            var terms = space.TermsOf(group[0]);
            var weights = space.WeightsOf(group[0]);
            for (var k = 0; k < terms.Count; k++) centroid[terms[k]] = centroid.GetValueOrDefault(terms[k]) + weights[k];
        }

        var hasPreferred = preferredLanguage is not null
                           && groups.Any(g => string.Equals(articles[g[0]].Language, preferredLanguage, StringComparison.OrdinalIgnoreCase));
        var ordered = groups
            .OrderByDescending(g => hasPreferred && string.Equals(articles[g[0]].Language, preferredLanguage, StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(g => Centrality(space, g[0], centroid))
            .ThenBy(g => StoryCluster.TimeOf(articles[g[0]]) ?? DateTimeOffset.MaxValue)
            .ThenBy(g => g[0])
            .Select(g => (IReadOnlyList<Article>)[.. g.Select(i => articles[i])])
            .ToList();
        var centroidByKey = centroid.ToDictionary(p => space.KeyOf(p.Key), p => p.Value / groups.Count, StringComparer.Ordinal);
        return new StoryCluster(ordered, centroidByKey);
    }

    private static float Centrality(TermSpace space, int article, Dictionary<int, float> centroid)
    {
        var terms = space.TermsOf(article);
        var weights = space.WeightsOf(article);
        float dot = 0;
        for (var k = 0; k < terms.Count; k++) dot += weights[k] * centroid[terms[k]];
        return dot;
    }
}
