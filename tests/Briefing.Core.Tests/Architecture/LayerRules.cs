namespace Briefing.Core.Tests.Architecture;

/// <summary>The checks over folder edges: layers point down the documented order, and no folders form a cycle.</summary>
internal static class LayerRules
{
    /// <summary>Each edge from a lower layer to a higher one, and each edge touching a folder the order does not place.</summary>
    public static IReadOnlyList<string> Violations(IEnumerable<FolderEdge> edges, IReadOnlyList<string> bottomUp)
    {
        var rank = bottomUp.Select((folder, index) => (folder, index)).ToDictionary(x => x.folder, x => x.index);
        var problems = new List<string>();
        foreach (var edge in edges.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal))
        {
            if (!rank.TryGetValue(edge.From, out var from)) problems.Add($"{edge.From} has no place in the layer order ({edge.Example})");
            else if (!rank.TryGetValue(edge.To, out var to)) problems.Add($"{edge.To} has no place in the layer order ({edge.Example})");
            else if (to > from) problems.Add($"{edge.From} → {edge.To} points up the layers ({edge.Example})");
        }
        return problems;
    }

    /// <summary>Groups of folders that reach each other (strongly connected components of two or more), each sorted.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Cycles(IEnumerable<FolderEdge> edges)
    {
        var graph = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            if (!graph.TryGetValue(edge.From, out var targets)) graph[edge.From] = targets = [];
            targets.Add(edge.To);
            graph.TryAdd(edge.To, []);
        }
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<IReadOnlyList<string>>();
        void Visit(string folder)
        {
            index[folder] = low[folder] = index.Count;
            stack.Push(folder);
            onStack.Add(folder);
            foreach (var next in graph[folder])
            {
                if (!index.ContainsKey(next)) { Visit(next); low[folder] = Math.Min(low[folder], low[next]); }
                else if (onStack.Contains(next)) low[folder] = Math.Min(low[folder], index[next]);
            }
            if (low[folder] != index[folder]) return;
            var component = new List<string>();
            string member;
            do { member = stack.Pop(); onStack.Remove(member); component.Add(member); } while (member != folder);
            if (component.Count > 1) cycles.Add(component.Order(StringComparer.Ordinal).ToList());
        }
        foreach (var folder in graph.Keys.Order(StringComparer.Ordinal))
            if (!index.ContainsKey(folder)) Visit(folder);
        return cycles;
    }
}
