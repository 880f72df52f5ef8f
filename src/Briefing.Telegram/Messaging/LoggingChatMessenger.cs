using Briefing.Telegram.Replies;
using Microsoft.Extensions.Logging;

namespace Briefing.Telegram.Messaging;

/// <summary>Without a bot token there is nobody to send to: messages are logged (not their content) and dropped.</summary>
public sealed class LoggingChatMessenger(ILogger<LoggingChatMessenger> logger) : IChatMessenger
{
    public Task SendAsync(long chatId, Reply reply, CancellationToken cancellationToken) => Drop(chatId);

    public Task SendHtmlAsync(long chatId, string html, CancellationToken cancellationToken) => Drop(chatId);

    private Task Drop(long chatId)
    {
        logger.LogWarning("Telegram:BotToken is not set; a message to chat {ChatId} was not sent", chatId);
        return Task.CompletedTask;
    }
}
