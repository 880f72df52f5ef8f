using Briefing.Core.Articles;

namespace Briefing.Core.Digests.Clustering;

/// <summary>One story of the day: every article that reports one event, copies grouped.</summary>
public sealed class StoryCluster
{
    public StoryCluster(IReadOnlyList<IReadOnlyList<Article>> duplicateGroups, IReadOnlyDictionary<string, float> centroid)
    {
        DuplicateGroups = duplicateGroups;
        Centroid = centroid;
        Articles = [.. duplicateGroups.SelectMany(g => g)];
        SourceCount = Articles.Select(a => a.Source?.Trim().ToLowerInvariant() ?? "").Distinct().Count();
        Latest = Articles.Max(TimeOf);
    }

    /// <summary>The most central report first; each group holds one text and its copies (the original first).</summary>
    public IReadOnlyList<IReadOnlyList<Article>> DuplicateGroups { get; }

    /// <summary>All articles, in the order of <see cref="DuplicateGroups"/>.</summary>
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>The article whose headline stands for the story.</summary>
    public Article Representative => Articles[0];

    /// <summary>The reports that differ in text (one per duplicate group): what a summary may quote.</summary>
    public IEnumerable<Article> DistinctReports => DuplicateGroups.Select(g => g[0]);

    /// <summary>Distinct sources (articles without a source count as one unknown source).</summary>
    public int SourceCount { get; }

    public DateTimeOffset? Latest { get; }

    /// <summary>Term key → weight of the story's headline-and-lead vocabulary, for finding its most central sentences.</summary>
    public IReadOnlyDictionary<string, float> Centroid { get; }

    public static DateTimeOffset? TimeOf(Article article) => article.Published ?? article.Ingested;
}
