using Briefing.Core.Search;
using Briefing.Core.Search.LuceneIndex;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace Briefing.Core.Tests.Search;

/// <summary>
/// A figure the question writes apart from its unit ("über 7 km", "7 Mio.") is shown by an article that glues the unit
/// on ("the 7km loop", "£7m"), which the analyser keeps as one term: the search's filter of the passages that show the
/// asked details must find that article, as the answer's detail check accepts it. Other figures stay out.
/// </summary>
public sealed class GluedFigureFilterTests : IDisposable
{
    private readonly LanguageAnalyzers _analyzers = new();

    private static readonly string[] Bodies =
    [
        "Anna Example finished first on the 7km loop around the reservoir.",
        "The charity raised £2.5m for the harbour museum.",
        "Organisers added a 70km ride and a 17km walk for families.",
        "Tickets cost 7 euros at the gate.",
        "A 7th place was enough for the club.",
    ];

    [Fact]
    public void A_figure_asked_apart_from_its_unit_finds_the_article_that_glues_them()
    {
        Assert.Contains(0, Matching("Wer lief am schnellsten auf der Runde über 7 km?", new RequiredTerm("7", ["7"]) { Figure = true }));
    }

    [Fact]
    public void A_decimal_comma_figure_finds_the_glued_decimal_point()
    {
        Assert.Contains(1, Matching("Wie viel sammelte die Stiftung, 2,5 Mio. Pfund?", new RequiredTerm("2,5", ["2,5", "2.5"]) { Figure = true }));
    }

    [Fact]
    public void Another_figure_with_the_same_digits_is_no_match()
    {
        var matching = Matching("Wer lief am schnellsten auf der Runde über 7 km?", new RequiredTerm("7", ["7"]) { Figure = true });
        Assert.DoesNotContain(2, matching);
        Assert.Contains(3, matching);
    }

    [Fact]
    public void A_name_is_not_read_as_a_figure()
    {
        Assert.Empty(Matching("Was kostet Anna?", new RequiredTerm("Anna", ["Anna"])).Except([0]));
    }

    [Fact]
    public void The_glued_figure_ranks_as_the_asked_figure_does()
    {
        // The question's other words match none of the bodies: only "7km" can rank the first one.
        var request = new SearchRequest("Wer lief auf der Runde über 7 km?", "de") { Required = [new RequiredTerm("7", ["7"]) { Figure = true }] };
        var ranking = Search(request, builder => builder.Build(request, (field, term) => new TermQuery(new Term(field, term))));
        Assert.Contains(0, ranking);
        Assert.DoesNotContain(2, ranking);
    }

    private List<int> Matching(string question, RequiredTerm required)
    {
        var request = new SearchRequest(question, "de") { Required = [required] };
        return Search(request, builder => builder.RequiredFilter(request, (field, term) => new TermQuery(new Term(field, term)))!).Order().ToList();
    }

    private List<int> Search(SearchRequest request, Func<PassageQueryBuilder, Query> query)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LanguageAnalyzers.Version, _analyzers.PerField)))
        {
            foreach (var body in Bodies) writer.AddDocument(new Document { new TextField(LuceneFields.Body("en"), body, Field.Store.NO) });
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        return new IndexSearcher(reader).Search(query(new PassageQueryBuilder(_analyzers)), 10).ScoreDocs.Select(d => d.Doc).ToList();
    }

    public void Dispose() => _analyzers.Dispose();
}
