using Briefing.Core.Answering;
using Briefing.Core.Search;
using Microsoft.SemanticKernel;

namespace Briefing.Core.Evaluation;

/// <summary>
/// A Semantic Kernel filter that records the Retrieval plugin's passages into the current
/// <see cref="AnswerObservation"/>, so <c>eval</c> measures retrieval rank on exactly the call <c>ask</c> makes.
/// </summary>
public sealed class PipelineObservationFilter : IFunctionInvocationFilter
{
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        await next(context);
        if (AnswerObservation.Current is not { } observation) return;
        if (context.Function.PluginName == RetrievalPlugin.PluginName && context.Result.GetValue<object>() is IReadOnlyList<PassageHit> hits)
            observation.Retrieved = hits;
    }
}
