using Briefing.Core.Answering;
using Briefing.Core.Digests.Clustering;
using Briefing.Core.Digests.Scheduling;
using Briefing.Core.Digests.Summaries;
using Briefing.Core.Embeddings;
using Briefing.Core.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Core.Composition;

/// <summary>Makes the implementations chosen by <see cref="ActiveImplementations"/> the services consumers receive.</summary>
public static class ActiveImplementationsRegistration
{
    /// <summary>Called once by <c>AddBriefingCore</c>; a second call changes nothing.</summary>
    public static IServiceCollection AddActiveImplementations(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(d => d.ServiceType == typeof(ActiveImplementations))) return services;
        var active = ActiveImplementations.From(configuration);
        services.AddSingleton(active);
        Activate<IAnswerGenerator>(services, active.AnswerGenerator, nameof(active.AnswerGenerator));
        Activate<IQuestionCondenser>(services, active.QuestionCondenser, nameof(active.QuestionCondenser));
        Activate<IVectorPassageSearch>(services, active.VectorSearch, nameof(active.VectorSearch));
        Activate<IStorySummaryWriter>(services, active.SummaryWriter, nameof(active.SummaryWriter));
        Activate<IStoryTermTranslator>(services, active.StoryTranslator, nameof(active.StoryTranslator));
        Activate<INearDuplicateDetector>(services, active.NearDuplicateDetector, nameof(active.NearDuplicateDetector));
        Activate<IDigestDelivery>(services, active.DigestDelivery, nameof(active.DigestDelivery));
        return services;
    }

    private static void Activate<TService>(IServiceCollection services, string? key, string role) where TService : class
    {
        if (key is null) return;
        services.TryAddSingleton<TService>(provider => provider.GetKeyedService<TService>(key)
            ?? throw new InvalidOperationException(
                $"The configuration chooses '{key}' as the {role}, but no {typeof(TService).Name} is registered under that " +
                "name: the host must add the area that provides it (see docs/ARCHITECTURE.md, \"Explicit composition\")."));
    }
}
