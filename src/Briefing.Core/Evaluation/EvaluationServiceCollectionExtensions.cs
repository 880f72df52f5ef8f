using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Core.Evaluation;

public static class EvaluationServiceCollectionExtensions
{
    /// <summary>The <c>eval</c> runner (it watches each question through the request's observer; nothing else is registered).</summary>
    public static IServiceCollection AddBriefingEvaluation(this IServiceCollection services)
    {
        services.TryAddSingleton<EvaluationRunner>();
        return services;
    }
}
