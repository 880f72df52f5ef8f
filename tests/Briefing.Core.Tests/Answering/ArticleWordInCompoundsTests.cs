using Briefing.Core.Answering;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Answering;

/// <summary>
/// Issue 10, false abstentions at the details gate: "Welcher Browser war im März am weitesten verbreitet?" was refused
/// by the article that writes "Bei der Browserverteilung im März liegt Chrome vorne": the name detector takes the
/// capitalised "Browser" for a name, and a name was shown only as a word of its own. A German word the articles write
/// (or a compound of their words) is shown by the article's compounds, as a dictionary noun is. A word of a person's
/// name of several words is not: "Sachsen" of "Anna Sachsen" is no part of "Sachsenring". All articles are invented.
/// </summary>
public sealed class ArticleWordInCompoundsTests : InventedArticlesTest
{
    public ArticleWordInCompoundsTests()
    {
        Folder.Write("news/de/browser.txt", """
            Browserverteilung im März
            Bei der Browserverteilung im März liegt Chrome vorne.
            """);
        Folder.Write("news/de/absturz.txt", """
            Browser stürzt ab
            Der Browser stürzte am Montag bei vielen Nutzern ab. Das Rennen am Sachsenring fiel aus.
            """);
    }

    [Fact]
    public async Task A_word_the_articles_write_is_shown_by_an_article_compound_that_begins_with_it()
    {
        await Engine.IngestAsync(Folder.Combine("news"));

        var (constraints, statistics) = Constraints("Welcher Browser war im März am weitesten verbreitet?");

        Assert.Contains(constraints.Items, c => c.Surface == "Browser" && c.ArticleWord);
        var article = statistics.AnalyzeTerms("Bei der Browserverteilung im März liegt Chrome vorne.", "de").ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(constraints.MissingIn(article, "de"), c => c.Surface == "Browser");
    }

    [Fact]
    public async Task A_word_of_a_persons_name_is_not_shown_by_a_compound_of_it()
    {
        await Engine.IngestAsync(Folder.Combine("news"));

        var (constraints, _) = Constraints("Wie alt ist die Rennfahrerin Anna Sachsen?");

        Assert.DoesNotContain(constraints.Items, c => c.Surface == "Sachsen" && c.ArticleWord);
    }

    [Fact]
    public void An_acronym_is_no_word_of_the_articles()
    {
        var statistics = Engine.Services.GetRequiredService<ITermStatistics>();

        Assert.False(QuestionConstraints.IsGermanWordOfArticles("ORF", "de", ["Or F"], [], statistics));
    }

    private (QuestionConstraints Constraints, ITermStatistics Statistics) Constraints(string question)
    {
        var statistics = Engine.Services.GetRequiredService<ITermStatistics>();
        var expansions = Engine.Services.GetServices<IQueryExpander>().SelectMany(e => e.Expand(question, "de")).ToList();
        return (QuestionConstraints.From(question, "de", expansions, Engine.Services.GetRequiredService<NameDetector>(), statistics), statistics);
    }
}
