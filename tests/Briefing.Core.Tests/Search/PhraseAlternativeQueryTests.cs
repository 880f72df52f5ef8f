using Briefing.Core.Search;
using Briefing.Core.Search.LuceneIndex;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Briefing.Core.Tests.Search;

/// <summary>
/// A translation that is a phrase of several words ("Vereinigte Staaten" for "United States") stands for its idea only
/// where all its words stand: one of them alone ("Staaten") must not earn the group of the word it translates.
/// </summary>
public sealed class PhraseAlternativeQueryTests : IDisposable
{
    private readonly LanguageAnalyzers _analyzers = new();

    [Fact]
    public void An_all_words_phrase_is_one_conjunction_in_its_group()
    {
        var request = new SearchRequest("Which airport in the United States is busiest?", "en")
        {
            Expansions = [new WeightedTerm("Vereinigte Staaten", "de", 0.5f) { Group = "en:United", AllWords = true }],
        };
        var query = (BooleanQuery)new PassageQueryBuilder(_analyzers).Build(request, (field, term) => new TermQuery(new Term(field, term)));
        var group = query.Clauses.Select(c => c.Query).OfType<DisjunctionMaxQuery>().Single();
        var conjunction = Assert.IsType<BooleanQuery>(Assert.Single(group.Disjuncts));
        Assert.Equal(2, conjunction.Clauses.Count);
        Assert.All(conjunction.Clauses, c => Assert.Equal(Occur.MUST, c.Occur));
    }

    [Fact]
    public void A_phrase_without_the_flag_still_counts_word_by_word_and_more_as_a_whole()
    {
        // The dictionary's wording of a word it renders only as a phrase ("pay increase") need not be the article's:
        // each word stays an alternative; all of them together are one more, which counts their sum.
        var request = new SearchRequest("Wie hoch ist die Lohnerhöhung?", "de")
        {
            Expansions = [new WeightedTerm("pay increase", "en", 0.5f) { Group = "de:Lohnerhöhung" }],
        };
        var query = (BooleanQuery)new PassageQueryBuilder(_analyzers).Build(request, (field, term) => new TermQuery(new Term(field, term)));
        var group = query.Clauses.Select(c => c.Query).OfType<DisjunctionMaxQuery>().Single();
        Assert.Equal(3, group.Disjuncts.Count);
        Assert.Equal(2, group.Disjuncts.OfType<TermQuery>().Count());
        var whole = Assert.Single(group.Disjuncts.OfType<BooleanQuery>());
        Assert.Equal(2, whole.Clauses.Count);
        Assert.All(whole.Clauses, c => Assert.Equal(Occur.MUST, c.Occur));
    }

    public void Dispose() => _analyzers.Dispose();
}
