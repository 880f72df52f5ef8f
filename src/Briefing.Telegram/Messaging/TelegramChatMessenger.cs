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

    /// <summary>
    /// Sends one message of the outbox (already rendered), rate-limited and retried like any other. <paramref name="claim"/>
    /// runs when the rate limits let the message go, right before its first call to Telegram: false (or a throw) and
    /// nothing is sent; returns whether it was claimed.
    /// </summary>
    public Task<bool> SendAsync(Delivery.OutboxMessage message, Func<CancellationToken, Task<bool>> claim, CancellationToken cancellationToken) =>
        SendPartAsync(message.ChatId, message.Html,
            message.Buttons.Count > 0 ? new InlineKeyboardMarkup(message.Buttons.Select(b => InlineKeyboardButton.WithCallbackData(b.Text, b.CallbackData))) : null,
            cancellationToken, claim);

    private async Task<bool> SendPartAsync(long chatId, string html, InlineKeyboardMarkup? markup, CancellationToken cancellationToken,
        Func<CancellationToken, Task<bool>>? claim = null)
    {
        using var activity = BriefingActivities.Source.StartActivity("send");
        await rateLimiter.WaitAsync(chatId, cancellationToken);
        try
        {
            if (claim is not null && !await claim(cancellationToken)) return false;
            await retrier.RunAsync("sendMessage", token => client.SendMessage(
                chatId, html, ParseMode.Html, replyMarkup: markup, linkPreviewOptions: NoPreview, cancellationToken: token), cancellationToken);
        }
        finally
        {
            rateLimiter.Answered(chatId);
        }
        metrics?.TelegramMessageSent();
        return true;
    }
}
