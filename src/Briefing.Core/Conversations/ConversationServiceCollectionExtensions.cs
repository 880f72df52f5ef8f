using Briefing.Core.Answering;
using Briefing.Core.Composition;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Core.Conversations;

/// <summary>Chat history, the offline follow-up resolver (the <see cref="ActiveImplementations.KeyTerms"/> condenser) and the topic judge.</summary>
public static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingConversations(this IServiceCollection services)
    {
        services.TryAddSingleton<KeyTermQuestionCondenser>();
        services.TryAddKeyedSingleton<IQuestionCondenser>(ActiveImplementations.KeyTerms, (sp, _) => sp.GetRequiredService<KeyTermQuestionCondenser>());
        services.TryAddSingleton<ITopicJudge, RetrievalTopicJudge>();
        return services;
    }
}
