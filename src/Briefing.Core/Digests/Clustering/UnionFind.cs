namespace Briefing.Core.Digests.Clustering;

/// <summary>Disjoint sets over 0..n-1 with path halving and union by size.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;
    private readonly int[] _size;

    public UnionFind(int count)
    {
        _parent = new int[count];
        _size = new int[count];
        for (var i = 0; i < count; i++) { _parent[i] = i; _size[i] = 1; }
    }

    public UnionFind(UnionFind copy)
    {
        _parent = (int[])copy._parent.Clone();
        _size = (int[])copy._size.Clone();
    }

    public int Count => _parent.Length;

    public int Find(int item)
    {
        while (_parent[item] != item)
        {
            _parent[item] = _parent[_parent[item]];
            item = _parent[item];
        }
        return item;
    }

    /// <summary>Joins the two sets; returns the new root.</summary>
    public int Union(int a, int b)
    {
        var rootA = Find(a);
        var rootB = Find(b);
        if (rootA == rootB) return rootA;
        if (_size[rootA] < _size[rootB]) (rootA, rootB) = (rootB, rootA);
        _parent[rootB] = rootA;
        _size[rootA] += _size[rootB];
        return rootA;
    }

    /// <summary>The sets as lists of members, each in ascending order.</summary>
    public List<List<int>> Groups()
    {
        var byRoot = new Dictionary<int, List<int>>();
        for (var i = 0; i < _parent.Length; i++)
        {
            var root = Find(i);
            if (!byRoot.TryGetValue(root, out var members)) byRoot[root] = members = [];
            members.Add(i);
        }
        return [.. byRoot.Values];
    }
}
