using Briefing.Core.Tests.Support;

namespace Briefing.Core.Tests.Architecture;

/// <summary>The architecture checks can fail: each one is shown catching an edge put there on purpose.</summary>
public sealed class LayerRulesTests
{
    private static readonly string[] Order = ["Text", "Search", "Answering"];

    [Fact]
    public void AnEdgeUpTheLayersIsReportedWithItsExample()
    {
        var violations = LayerRules.Violations([new("Answering", "Search", "down"), new("Search", "Answering", "Reranker uses QuestionTerms")], Order);

        Assert.Equal(["Search → Answering points up the layers (Reranker uses QuestionTerms)"], violations);
    }

    [Fact]
    public void AFolderWithoutAPlaceIsReported()
    {
        var violations = LayerRules.Violations([new("Gadgets", "Text", "x")], Order);

        Assert.Contains("Gadgets has no place", Assert.Single(violations));
    }

    [Fact]
    public void ACycleIsFoundAndAChainIsNot()
    {
        FolderEdge[] chain = [new("Answering", "Search", ""), new("Search", "Text", ""), new("Answering", "Text", "")];

        Assert.Empty(LayerRules.Cycles(chain));
        Assert.Equal([["Answering", "Search", "Text"]], LayerRules.Cycles([.. chain, new("Text", "Answering", "")]));
    }

    [Fact]
    public void TheRealCoreFailsOnceABackwardEdgeIsInjected()
    {
        FolderEdge injected = new("Search", "Answering", "injected");

        Assert.Contains(LayerRules.Violations([.. CoreArchitecture.Edges, injected], CoreArchitecture.Layers), v => v.StartsWith("Search → Answering"));
        Assert.Contains(LayerRules.Cycles([.. CoreArchitecture.Edges, injected]), c => c.Contains("Search") && c.Contains("Answering"));
    }

    [Fact]
    public void TheIlReaderSeesAReferenceMadeOnlyInsideAMethodBody()
    {
        var edges = AssemblyFolderDependencies.Read(typeof(LayerRulesTests).Assembly.Location, "Briefing.Core.Tests.Architecture.Fixture", "Root");

        var edge = Assert.Single(edges, e => e.From == "Lower");
        Assert.Equal("Upper", edge.To);
        Assert.Single(LayerRules.Violations(edges, ["Lower", "Upper"]));
    }

    [Fact]
    public void TheSourceReaderSeesAnUnusedBackwardUsing()
    {
        using var folder = new TempFolder();
        folder.Write("Search/Ranker.cs", "using Briefing.Core.Answering;\n// Briefing.Core.Llm in a comment is no reference\nnamespace Briefing.Core.Search;\ninternal sealed class Ranker;\n");
        folder.Write("Answering/Service.cs", "namespace Briefing.Core.Answering;\ninternal sealed class Service : Briefing.Core.Search.IRanker;\n");

        var edges = SourceFolderDependencies.Read(folder.Path, "Briefing.Core", "Composition");

        Assert.Equal(["Answering → Search", "Search → Answering"], edges.Select(e => $"{e.From} → {e.To}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheDocumentedOrderIsReadFromItsLine()
    {
        Assert.Equal(["Text", "Search", "Answering"], DocumentedLayers.Parse("# Layers\nsome text\nLayers, bottom to top: `Text` → `Search` → `Answering`.\n"));
        Assert.Throws<InvalidOperationException>(() => DocumentedLayers.Parse("Layers, bottom to top: Text → Search → Text"));
    }
}
