using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Briefing.Telegram.Configuration;
using Briefing.Telegram.Polling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Briefing.Telegram.Delivery;

/// <summary>
/// Webhook mode: takes the updates Telegram posts. With instances on one database an update goes into the shared
/// <see cref="IUpdateQueue"/> (whichever instance the load balancer picked, every instance's worker may answer it);
/// embedded, it is handled here, one chat's updates in order. Either way the call returns at once, so Telegram never
/// times out and redelivers.
/// </summary>
public sealed class WebhookReceiver(
    TelegramUpdateHandler handler,
    IOptions<TelegramOptions> options,
    ILogger<WebhookReceiver> logger,
    IUpdateQueue? queue = null)
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    private readonly ChatUpdateDispatcher _dispatcher = new(options.Value.MaxConcurrentUpdates, logger);
    private readonly byte[] _secret = Encoding.UTF8.GetBytes(options.Value.WebhookSecret);

    /// <summary>True when <paramref name="header"/> is the configured secret (compared in constant time).</summary>
    public bool IsFromTelegram(string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header), _secret);

    /// <summary>Accepts one posted update (Telegram's JSON); false when the body is no update.</summary>
    public bool Receive(string json)
    {
        Update? update;
        try
        {
            update = JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options);
        }
        catch (JsonException)
        {
            update = null;
        }
        if (update is null || update.Id <= 0) return false;
        var chatId = TelegramUpdateHandler.ChatIdOf(update);
        if (queue is not null)
        {
            if (!queue.Enqueue(update.Id, chatId, json)) logger.LogDebug("Update {UpdateId} was delivered before", update.Id);
        }
        else
        {
            _dispatcher.Enqueue(chatId, () => handler.HandleAsync(update, CancellationToken.None));
        }
        return true;
    }
}
