using Briefing.Core.Answering;
using Briefing.Core.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Core.Conversations;

/// <summary>Chat history, the offline follow-up resolver (the <see cref="ImplementationKeys.KeyTerms"/> condenser) and the topic judge.</summary>
public static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingConversations(this IServiceCollection services)
    {
        services.TryAddSingleton<KeyTermQuestionCondenser>();
        services.TryAddKeyedSingleton<IQuestionCondenser>(ImplementationKeys.KeyTerms, (sp, _) => sp.GetRequiredService<KeyTermQuestionCondenser>());
        services.TryAddSingleton<ITopicJudge, RetrievalTopicJudge>();
        return services;
    }
}
