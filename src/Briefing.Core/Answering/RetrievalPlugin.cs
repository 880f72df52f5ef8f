using System.ComponentModel;
using Briefing.Core.Search;
using Microsoft.SemanticKernel;

namespace Briefing.Core.Answering;

/// <summary>The Semantic Kernel "Retrieval" plugin: passage search over the index, with optional query expansion.</summary>
public sealed class RetrievalPlugin(INewsIndex index, IEnumerable<IQueryExpander> expanders)
{
    public const string PluginName = "Retrieval";
    public const string SearchFunctionName = "search_passages";

    private readonly IReadOnlyList<IQueryExpander> _expanders = expanders.ToList();

    [KernelFunction(SearchFunctionName)]
    [Description("Finds the news passages that best match a question.")]
    public IReadOnlyList<PassageHit> SearchPassages(
        [Description("The standalone question")] string query,
        [Description("The question's language, de or en")] string language,
        [Description("How many passages to return")] int top)
    {
        var expansions = _expanders.SelectMany(e => e.Expand(query, language)).ToList();
        return index.Search(new SearchRequest(query, language, top) { Expansions = expansions });
    }
}
