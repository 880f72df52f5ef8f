using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.SemanticKernel;

namespace Briefing.Core.Evaluation;

public static class EvaluationServiceCollectionExtensions
{
    /// <summary>The <c>eval</c> runner and the kernel filter that lets it see retrieval (inert outside <c>eval</c>).</summary>
    public static IServiceCollection AddBriefingEvaluation(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFunctionInvocationFilter, PipelineObservationFilter>());
        services.TryAddSingleton<EvaluationRunner>();
        return services;
    }
}
