namespace Briefing.Core.Tests.Architecture;

/// <summary>
/// One-way layers in Briefing.Core (docs/ARCHITECTURE.md, "Layers"): no folder cycle, every reference points down
/// the documented order, and the engine knows nothing of its hosts. <see cref="LayerRulesTests"/> shows each check
/// failing on an injected edge.
/// </summary>
public sealed class ArchitectureTests
{
    [Fact]
    public void CoreFoldersFormNoCycle()
    {
        var cycles = LayerRules.Cycles(CoreArchitecture.Edges);

        Assert.True(cycles.Count == 0, "Folder cycles: " + string.Join("; ", cycles.Select(c => string.Join(" ⇄ ", c))));
    }

    [Fact]
    public void CoreLayersPointOnlyDownTheDocumentedOrder()
    {
        var violations = LayerRules.Violations(CoreArchitecture.Edges, CoreArchitecture.Layers);

        Assert.True(violations.Count == 0, "Backward references:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void TheIlReaderSeesTheCoresOwnDownwardEdges()
    {
        var edges = AssemblyFolderDependencies.Read(CoreArchitecture.AssemblyPath, CoreArchitecture.RootNamespace, CoreArchitecture.RootFolder);

        Assert.Contains(edges, e => e is { From: "Answering", To: "Search" });
        Assert.Contains(edges, e => e is { From: "Llm", To: "Answering" });
        Assert.Contains(edges, e => e is { From: "Composition", To: "Llm" });
    }

    [Fact]
    public void EveryCoreFolderHasItsPlaceInTheDocumentedOrder() =>
        Assert.Equal(CoreArchitecture.SourceFolders, CoreArchitecture.Layers.Order(StringComparer.Ordinal));

    [Fact]
    public void CoreReferencesNoHostAssembly()
    {
        var references = AssemblyFolderDependencies.AssemblyReferences(CoreArchitecture.AssemblyPath);

        Assert.Contains("Lucene.Net", references); // the reader sees real references
        Assert.DoesNotContain(references, name => name is "Briefing.Telegram" or "Briefing.Host" or "Briefing.Web" || name.StartsWith("Telegram.Bot", StringComparison.Ordinal));
    }
}
