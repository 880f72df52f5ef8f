using Briefing.Telegram.Configuration;
using Briefing.Telegram.Messaging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace Briefing.Telegram.Polling;

/// <summary>
/// Long polling. Pending updates are not dropped at start (they are users' questions); the offset continues from the
/// last update id saved in the state database. Each batch's last id is saved before its updates are handled, so an
/// update is answered at most once, also across restarts. On shutdown, updates already taken are finished first.
/// </summary>
public sealed class TelegramPollingService(
    ITelegramBotClient client,
    TelegramUpdateHandler handler,
    IUpdateOffsetStore offsets,
    BotIdentity identity,
    TelegramCommandMenu menu,
    TelegramCallRetrier retrier,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    private static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery];
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(20);
    private const int MaxQueuedUpdates = 1_000;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var botId = options.Value.BotToken.Split(':')[0];
        global::Telegram.Bot.Types.User me;
        try
        {
            me = await retrier.RunAsync("getMe", token => client.GetMe(token), stoppingToken, maxAttempts: int.MaxValue);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
        {
            throw Unauthorized(ex);
        }
        identity.Set(me.Id, me.Username);
        await DeleteWebhookAsync(stoppingToken);
        logger.LogInformation("Telegram bot @{Username} is polling", me.Username);
        await menu.RegisterAsync(stoppingToken);

        using var handling = new CancellationTokenSource();
        var dispatcher = new ChatUpdateDispatcher(options.Value.MaxConcurrentUpdates, logger);
        var offset = offsets.NextOffset(botId);
        try
        {
            await PollAsync(botId, offset, dispatcher, handling.Token, stoppingToken);
        }
        finally
        {
            // Finish what was taken (its offset is already confirmed); give up only after DrainTimeout.
            var drained = await Task.WhenAny(dispatcher.DrainAsync(), Task.Delay(DrainTimeout, time, CancellationToken.None));
            await handling.CancelAsync();
            if (dispatcher.Pending > 0) logger.LogWarning("Stopped with {Pending} updates unfinished", dispatcher.Pending);
            _ = drained;
        }
    }

    /// <summary>Switching back from Telegram:Mode=Webhook: getUpdates works only without a webhook (pending updates are kept).</summary>
    private async Task DeleteWebhookAsync(CancellationToken stoppingToken)
    {
        try
        {
            await client.DeleteWebhook(dropPendingUpdates: false, cancellationToken: stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning("deleteWebhook failed ({Message}); getUpdates will say if a webhook is still set", ex.Message);
        }
    }

    private async Task PollAsync(string botId, int? offset, ChatUpdateDispatcher dispatcher, CancellationToken handlingToken, CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (dispatcher.Pending >= MaxQueuedUpdates)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), time, stoppingToken);
                continue;
            }
            global::Telegram.Bot.Types.Update[] updates;
            try
            {
                updates = await client.GetUpdates(offset, 100, options.Value.PollTimeoutSeconds, AllowedUpdates, stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
            {
                throw Unauthorized(ex);
            }
            catch (Exception ex)
            {
                var delay = TelegramCallRetrier.RetryDelay(ex, ++failures, stoppingToken) ?? TimeSpan.FromSeconds(5);
                logger.LogWarning(ex, "getUpdates failed ({Failures} in a row); retrying in {DelaySeconds:0.#} s", failures, delay.TotalSeconds);
                await Task.Delay(delay, time, stoppingToken);
                continue;
            }
            if (updates.Length == 0) continue;

            var last = updates.Max(u => u.Id);
            offsets.SaveLastUpdateId(botId, last);
            offset = last + 1;
            foreach (var update in updates.OrderBy(u => u.Id))
                dispatcher.Enqueue(TelegramUpdateHandler.ChatIdOf(update), () => handler.HandleAsync(update, handlingToken));
        }
    }

    private InvalidOperationException Unauthorized(ApiRequestException error)
    {
        logger.LogCritical("Telegram rejected Telegram:BotToken ({ErrorCode}); check the token", error.ErrorCode);
        return new InvalidOperationException("Telegram rejected Telegram:BotToken (unauthorized); check the token.", error);
    }
}
