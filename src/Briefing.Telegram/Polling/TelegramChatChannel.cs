using Briefing.Telegram.Conversation;
using Briefing.Telegram.Messaging;
using Briefing.Telegram.Replies;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace Briefing.Telegram.Polling;

/// <summary>The way back to one Telegram chat.</summary>
public sealed class TelegramChatChannel(long chatId, ITelegramBotClient client, IChatMessenger messenger, TelegramCallRetrier retrier, ILogger logger)
    : IConversationChannel
{
    public Task SendAsync(Reply reply, CancellationToken cancellationToken) => messenger.SendAsync(chatId, reply, cancellationToken);

    public async Task ShowTypingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await client.SendChatAction(chatId, ChatAction.Typing, cancellationToken: cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Cosmetic: the answer matters, the typing hint does not.
            logger.LogDebug(ex, "sendChatAction to {ChatId} failed", chatId);
        }
    }

    public async Task<byte[]?> DownloadAsync(IncomingDocument document, CancellationToken cancellationToken)
    {
        var file = await retrier.RunAsync("getFile", token => client.GetFile(document.FileId, token), cancellationToken);
        if (file.FilePath is null) return null;
        using var content = new MemoryStream();
        await retrier.RunAsync("downloadFile", async token =>
        {
            content.SetLength(0);
            await client.DownloadFile(file.FilePath, content, token);
        }, cancellationToken);
        return content.ToArray();
    }
}
