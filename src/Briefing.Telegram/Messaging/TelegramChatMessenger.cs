using Briefing.Core.Diagnostics;
using Briefing.Telegram.Replies;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace Briefing.Telegram.Messaging;

/// <summary>Sends replies as HTML messages: split into valid parts, buttons under the last part, rate-limited and retried.</summary>
public sealed class TelegramChatMessenger(
    ITelegramBotClient client, OutboundRateLimiter rateLimiter, TelegramCallRetrier retrier, BriefingMetrics? metrics = null) : IChatMessenger
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public async Task SendAsync(long chatId, Reply reply, CancellationToken cancellationToken)
    {
        var parts = HtmlReplyRenderer.Render(reply);
        for (var i = 0; i < parts.Count; i++)
        {
            var markup = i == parts.Count - 1 && reply.Buttons.Count > 0
                ? new InlineKeyboardMarkup(reply.Buttons.Select(b => InlineKeyboardButton.WithCallbackData(b.Text, b.CallbackData)))
                : null;
            await SendPartAsync(chatId, parts[i], markup, cancellationToken);
        }
    }

    public Task SendHtmlAsync(long chatId, string html, CancellationToken cancellationToken) =>
        SendPartAsync(chatId, html, null, cancellationToken);

    /// <summary>Sends one message of the outbox (already rendered), rate-limited and retried like any other.</summary>
    public Task SendAsync(Delivery.OutboxMessage message, CancellationToken cancellationToken) =>
        SendPartAsync(message.ChatId, message.Html,
            message.Buttons.Count > 0 ? new InlineKeyboardMarkup(message.Buttons.Select(b => InlineKeyboardButton.WithCallbackData(b.Text, b.CallbackData))) : null,
            cancellationToken);

    private async Task SendPartAsync(long chatId, string html, InlineKeyboardMarkup? markup, CancellationToken cancellationToken)
    {
        using var activity = BriefingActivities.Source.StartActivity("send");
        await rateLimiter.WaitAsync(chatId, cancellationToken);
        try
        {
            await retrier.RunAsync("sendMessage", token => client.SendMessage(
                chatId, html, ParseMode.Html, replyMarkup: markup, linkPreviewOptions: NoPreview, cancellationToken: token), cancellationToken);
        }
        finally
        {
            rateLimiter.Answered(chatId);
        }
        metrics?.TelegramMessageSent();
    }
}
