using Briefing.Core.Conversations;
using Briefing.Core.Curation;
using Briefing.Telegram.Commands;
using Briefing.Telegram.Answers;
using Briefing.Telegram.Configuration;
using Briefing.Telegram.Conversation;
using Briefing.Telegram.Delivery;
using Briefing.Telegram.Messaging;
using Briefing.Telegram.Polling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace Briefing.Telegram;

/// <summary>
/// The chat: the conversation router with every <see cref="IBotCommand"/> in this assembly (add a command by adding a
/// class), and — when <c>Telegram:BotToken</c> is set — the Telegram client, messenger and long-polling service.
/// </summary>
public static class TelegramServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelegramOptions>()
            .Bind(configuration.GetSection(TelegramOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddBriefingConversations();

        services.TryAddSingleton<BotStatistics>();
        services.TryAddSingleton<QuestionRateLimiter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IArticleRemovalListener, RemovedArticleCitations>());
        services.TryAddSingleton<PendingRemovals>();
        services.TryAddSingleton<ConversationRouter>();
        services.TryAddSingleton<IQuestionAnswerer, AnswerServiceQuestionAnswerer>();
        foreach (var command in typeof(TelegramServiceCollectionExtensions).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IBotCommand).IsAssignableFrom(t)))
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IBotCommand), command));

        var options = configuration.GetSection(TelegramOptions.SectionName).Get<TelegramOptions>() ?? new TelegramOptions();
        if (!options.Enabled)
        {
            services.TryAddSingleton<IChatMessenger, LoggingChatMessenger>();
            return services;
        }

        services.AddHttpClient(nameof(TelegramBotClient), (sp, http) =>
        {
            // The long poll must end before the HTTP timeout; set before the first request (it cannot change later).
            http.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<TelegramOptions>>().Value.PollTimeoutSeconds + 30);
        })
            // Bot API URLs carry the token (/bot<token>/method): the factory's request logs would print it.
            .RemoveAllLoggers();
        services.TryAddSingleton<ITelegramBotClient>(sp =>
        {
            var telegram = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(TelegramBotClient));
            // Our own retrier handles 429 (observable, TimeProvider-driven), so the client's automatic retry is off.
            return new TelegramBotClient(new TelegramBotClientOptions(telegram.BotToken.Trim(), telegram.ApiBaseUrl.TrimEnd('/')) { RetryCount = 0 }, http);
        });
        services.TryAddSingleton<OutboundRateLimiter>();
        services.TryAddSingleton<TelegramCallRetrier>();
        services.TryAddSingleton<TelegramChatMessenger>();
        services.TryAddSingleton<BotIdentity>();
        services.TryAddSingleton<TelegramUpdateHandler>();
        services.TryAddSingleton<TelegramCommandMenu>();
        services.TryAddSingleton<InstanceName>();
        // Embedded: one process polls and answers directly. Instances on one database (AddBriefingStorage registers
        // IUpdateQueue and IOutbox): one instance polls into the shared queue, every instance answers from it, and one
        // instance sends the outbox. Decided when the services are built, so registration order does not matter.
        services.TryAddSingleton<IChatMessenger>(sp => sp.GetService<IOutbox>() is { } outbox
            ? new OutboxChatMessenger(outbox)
            : sp.GetRequiredService<TelegramChatMessenger>());
        // Telegram:Mode=Webhook: Telegram posts to the web host's endpoint (WebhookReceiver), nobody polls.
        services.TryAddSingleton<WebhookReceiver>();
        services.AddSingleton<IHostedService>(sp =>
            sp.GetRequiredService<IOptions<TelegramOptions>>().Value.UsesWebhook ? ActivatorUtilities.CreateInstance<WebhookRegistration>(sp)
            : sp.GetService<IUpdateQueue>() is null ? ActivatorUtilities.CreateInstance<TelegramPollingService>(sp)
            : ActivatorUtilities.CreateInstance<QueuedUpdatePoller>(sp));
        services.AddHostedService<QueuedUpdateWorker>();
        services.AddHostedService<OutboxSender>();
        return services;
    }
}
