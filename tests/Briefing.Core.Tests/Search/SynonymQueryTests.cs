using Briefing.Core.Search;
using Briefing.Core.Search.LuceneIndex;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Briefing.Core.Tests.Search;

/// <summary>
/// A same-language synonym from the dictionary's round trip ("Abfahrt" → departure → "Abwanderung") may be another sense
/// of the word: it shows the word in sentences already retrieved, but never retrieves a passage itself.
/// </summary>
public sealed class SynonymQueryTests : IDisposable
{
    private readonly LanguageAnalyzers _analyzers = new();

    [Fact]
    public void A_synonym_adds_no_clause_to_the_query()
    {
        var request = new SearchRequest("Wer gewann die Abfahrt in Beaver Creek?", "de")
        {
            Expansions =
            [
                new WeightedTerm("Abwanderung", "de", 0.5f) { Group = "de:Abfahrt", Synonym = true },
                new WeightedTerm("departure", "en", 0.5f) { Group = "de:Abfahrt" },
            ],
        };
        var query = (BooleanQuery)new PassageQueryBuilder(_analyzers).Build(request, (field, term) => new TermQuery(new Term(field, term)));
        var terms = query.ToString();
        Assert.DoesNotContain("abwanderung", terms);
        Assert.Contains("body_en:depart", terms);
    }

    public void Dispose() => _analyzers.Dispose();
}
