using Briefing.Telegram.Configuration;
using Briefing.Telegram.Conversation;
using Briefing.Telegram.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Briefing.Telegram.Polling;

/// <summary>Turns one Telegram update into a router call: messages and button presses; other update kinds are ignored.</summary>
public sealed class TelegramUpdateHandler(
    ConversationRouter router,
    ITelegramBotClient client,
    IChatMessenger messenger,
    TelegramCallRetrier retrier,
    BotIdentity bot,
    IOptions<TelegramOptions> options,
    ILogger<TelegramUpdateHandler> logger)
{
    private readonly IReadOnlySet<long> _staff = options.Value.StaffUserIds.ToHashSet();

    /// <summary>The chat whose queue the update belongs to (0 for updates without a chat).</summary>
    public static long ChatIdOf(Update update) =>
        update.Message?.Chat.Id ?? update.CallbackQuery?.Message?.Chat.Id ?? 0;

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        switch (update)
        {
            case { Message: { } message }:
                await router.HandleMessageAsync(TelegramMessageMapper.Map(message, bot, _staff), ChannelFor(message.Chat.Id), cancellationToken);
                break;
            case { CallbackQuery: { } query }:
                await AcknowledgeAsync(query, cancellationToken);
                if (query.Message?.Chat is { } chat)
                    await router.HandleButtonAsync(TelegramMessageMapper.MapButton(query, chat, _staff), query.Data, ChannelFor(chat.Id), cancellationToken);
                break;
            default:
                logger.LogDebug("Ignoring update {UpdateId} of type {UpdateType}", update.Id, update.Type);
                break;
        }
    }

    private TelegramChatChannel ChannelFor(long chatId) => new(chatId, client, messenger, retrier, logger);

    /// <summary>Stops the button's spinner; the answer itself arrives as a message.</summary>
    private async Task AcknowledgeAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        try
        {
            await client.AnswerCallbackQuery(query.Id, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogDebug(ex, "answerCallbackQuery failed");
        }
    }
}
