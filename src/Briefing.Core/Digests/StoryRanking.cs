using Briefing.Core.Digests.Clustering;

namespace Briefing.Core.Digests;

/// <summary>Story order: carried by more outlets, then by more distinct reports, then by more articles, then the newest first.</summary>
public sealed class StoryRanking : IComparer<StoryCluster>
{
    public static readonly StoryRanking Instance = new();

    public int Compare(StoryCluster? x, StoryCluster? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return 1;
        if (y is null) return -1;
        var order = y.SourceCount.CompareTo(x.SourceCount);
        if (order == 0) order = y.DuplicateGroups.Count.CompareTo(x.DuplicateGroups.Count);
        if (order == 0) order = y.Articles.Count.CompareTo(x.Articles.Count);
        if (order == 0) order = Nullable.Compare(y.Latest, x.Latest);
        if (order == 0) order = string.CompareOrdinal(x.Representative.Id, y.Representative.Id);
        return order;
    }
}
