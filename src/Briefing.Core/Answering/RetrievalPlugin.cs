using System.ComponentModel;
using Briefing.Core.Embeddings;
using Briefing.Core.Search;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace Briefing.Core.Answering;

/// <summary>
/// The Semantic Kernel "Retrieval" plugin: BM25 passage search over the index with optional query expansion,
/// fused with vector search when an embedding model is configured (hybrid retrieval).
/// </summary>
public sealed class RetrievalPlugin(
    INewsIndex index,
    IEnumerable<IQueryExpander> expanders,
    IOptions<EmbeddingsOptions> embeddingsOptions,
    NameDetector names,
    ITermStatistics statistics,
    IVectorPassageSearch? vectorSearch = null)
{
    public const string PluginName = "Retrieval";
    public const string SearchFunctionName = "search_passages";

    private readonly IReadOnlyList<IQueryExpander> _expanders = expanders.ToList();
    private readonly IVectorPassageSearch? _vectorSearch = vectorSearch;

    [KernelFunction(SearchFunctionName)]
    [Description("Finds the news passages that best match a question.")]
    public async Task<IReadOnlyList<PassageHit>> SearchPassagesAsync(
        [Description("The standalone question")] string query,
        [Description("The question's language, de or en")] string language,
        [Description("How many passages to return")] int top,
        CancellationToken cancellationToken = default)
    {
        var expansions = WeightedTerm.ForMatching(_expanders.SelectMany(e => e.Expand(query, language)));
        var required = QuestionConstraints.From(query, language, expansions, names, statistics).AsRequired();
        if (_vectorSearch is null) return index.Search(new SearchRequest(query, language, top) { Expansions = expansions, Required = required });

        var candidates = Math.Max(top, embeddingsOptions.Value.CandidatesPerRetriever);
        var keyword = index.Search(new SearchRequest(query, language, candidates) { Expansions = expansions, Required = required });
        var semantic = await _vectorSearch.SearchAsync(query, candidates, cancellationToken);
        return semantic.Count == 0 ? keyword.Take(top).ToList() : ReciprocalRankFusion.Fuse([keyword, semantic], top);
    }
}
