using Briefing.Telegram.Configuration;
using Briefing.Telegram.Messaging;
using Briefing.Telegram.Polling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace Briefing.Telegram.Delivery;

/// <summary>
/// Webhook mode: tells Telegram where to post (<c>setWebhook</c> with <c>Telegram:WebhookUrl</c> and the secret) at
/// start — every instance may, it is the same URL — and learns the bot's own name for the handlers. Switching back
/// to polling removes the webhook (the pollers call <c>deleteWebhook</c>).
/// </summary>
public sealed class WebhookRegistration(
    ITelegramBotClient client,
    TelegramCallRetrier retrier,
    BotIdentity identity,
    TelegramCommandMenu menu,
    IOptions<TelegramOptions> options,
    ILogger<WebhookRegistration> logger) : BackgroundService
{
    private static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var telegram = options.Value;
        var me = await retrier.RunAsync("getMe", token => client.GetMe(token), stoppingToken, maxAttempts: int.MaxValue);
        identity.Set(me.Id, me.Username);
        await retrier.RunAsync("setWebhook", token => client.SetWebhook(telegram.WebhookUrl, allowedUpdates: AllowedUpdates,
            secretToken: telegram.WebhookSecret, cancellationToken: token), stoppingToken, maxAttempts: int.MaxValue);
        await menu.RegisterAsync(stoppingToken);
        logger.LogInformation("Telegram posts updates to the webhook {Url}", new Uri(telegram.WebhookUrl).GetLeftPart(UriPartial.Path));
    }
}
