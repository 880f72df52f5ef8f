using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, false abstentions at the details gate: "Wie viele illegale Müllgruben hat man auf dem Gelände der Lustenauer
/// Recyclingfirma entdeckt?" was refused by the article about "des Recyclingunternehmens", and "Ab wann läuft die
/// Salzburger Gastromesse?" by the one about "die Gastronomiemesse": no article writes the asker's compound, which the
/// gate required as written. The article's compound with the same modifier and another head of the same sense, or with
/// the modifier the asker clipped written in full, shows it (<see cref="OtherHeadCompounds"/>). A compound with the same
/// modifier and a head of another sense does not. All articles are invented.
/// </summary>
public sealed class OtherHeadCompoundTests : InventedArticlesTest
{
    public OtherHeadCompoundTests()
    {
        Folder.Write("news/de/deponie.txt", """
            Illegale Deponien entdeckt
            Auf dem Gelände des Recyclingunternehmens in Lustenau hat man fünf illegale Deponien gefunden.
            """);
        Folder.Write("news/de/messe.txt", """
            Drucker für Essen
            Die Gastronomiemesse in Salzburg beginnt am 7. November.
            """);
        Folder.Write("news/de/hafen.txt", """
            Neuer Hafen
            Der Recyclinghof am Hafen wird am 3. März eröffnet.
            """);
    }

    [Fact]
    public async Task A_compound_is_shown_by_the_articles_compound_with_another_head_of_the_same_sense()
    {
        await Engine.IngestAsync(Folder.Combine("news"));

        var (constraints, statistics) = Constraints("Wie viele illegale Müllgruben hat man auf dem Gelände der Lustenauer Recyclingfirma entdeckt?");

        var article = statistics.AnalyzeTerms("Auf dem Gelände des Recyclingunternehmens in Lustenau hat man fünf illegale Deponien gefunden.", "de").ToHashSet(StringComparer.Ordinal);
        Assert.Contains(constraints.Items, c => c.Surface == "Recyclingfirma");
        Assert.DoesNotContain(constraints.MissingIn(article, "de"), c => c.Surface == "Recyclingfirma");
    }

    [Fact]
    public async Task A_compound_is_shown_by_the_articles_compound_whose_modifier_the_asker_clipped()
    {
        await Engine.IngestAsync(Folder.Combine("news"));

        var (constraints, statistics) = Constraints("Ab wann läuft die Salzburger Gastromesse, auf der ein Drucker für Essen gezeigt wird?");

        var article = statistics.AnalyzeTerms("Die Gastronomiemesse in Salzburg beginnt am 7. November.", "de").ToHashSet(StringComparer.Ordinal);
        Assert.Contains(constraints.Items, c => c.Surface == "Gastromesse");
        Assert.DoesNotContain(constraints.MissingIn(article, "de"), c => c.Surface == "Gastromesse");
    }

    [Fact]
    public async Task A_compound_is_not_shown_by_one_with_the_same_modifier_and_a_head_of_another_sense()
    {
        await Engine.IngestAsync(Folder.Combine("news"));

        var (constraints, statistics) = Constraints("Wie viele illegale Müllgruben hat man auf dem Gelände der Lustenauer Recyclingfirma entdeckt?");

        var article = statistics.AnalyzeTerms("Der Recyclinghof am Hafen wird am 3. März eröffnet.", "de").ToHashSet(StringComparer.Ordinal);
        Assert.Contains(constraints.MissingIn(article, "de"), c => c.Surface == "Recyclingfirma");
    }

    private (QuestionConstraints Constraints, ITermStatistics Statistics) Constraints(string question)
    {
        var statistics = Engine.Services.GetRequiredService<ITermStatistics>();
        var expansions = Engine.Services.GetServices<IQueryExpander>().SelectMany(e => e.Expand(question, "de")).ToList();
        return (QuestionConstraints.From(question, "de", expansions, Engine.Services.GetRequiredService<NameDetector>(), statistics), statistics);
    }
}
