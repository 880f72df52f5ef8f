using Briefing.Core.Answering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Core.Conversations;

/// <summary>Chat history and the offline follow-up resolver. Call after <c>AddBriefingCore</c>.</summary>
public static class ConversationServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingConversations(this IServiceCollection services)
    {
        services.TryAddSingleton<IChatHistoryStore, SqliteChatHistoryStore>();
        // Enumerable registration: a model-backed condenser registered later wins (the AnswerService uses the last one).
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IQuestionCondenser, KeyTermQuestionCondenser>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITopicJudge, RetrievalTopicJudge>());
        return services;
    }
}
