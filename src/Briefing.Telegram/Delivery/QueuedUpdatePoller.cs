using System.Text.Json;
using Briefing.Telegram.Configuration;
using Briefing.Telegram.Polling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;

namespace Briefing.Telegram.Delivery;

/// <summary>
/// Polling mode with instances on one database: exactly one instance polls (<see cref="ILeaderElection"/>, role
/// <see cref="Role"/>); it records each update in the <see cref="IUpdateQueue"/> before it moves the offset on, so an
/// update is never lost when the poller dies — the next instance to take the role fetches it again and the queue
/// ignores what it already has. Every instance's <see cref="QueuedUpdateWorker"/> answers.
/// </summary>
public sealed class QueuedUpdatePoller(
    ITelegramBotClient client,
    IUpdateQueue queue,
    ILeaderElection election,
    IUpdateOffsetStore offsets,
    TelegramCommandMenu menu,
    IOptions<TelegramOptions> options,
    ILogger<QueuedUpdatePoller> logger) : BackgroundService
{
    public const string Role = "telegram-poller";
    private static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery];

    /// <summary>How often a standby instance tries to take the role: the takeover time after the poller dies.</summary>
    public static readonly TimeSpan TakeoverEvery = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var botId = options.Value.BotToken.Split(':')[0];
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollOneTermAsync(botId, stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && ex.InnerException is not ApiRequestException)
            {
                // A database that times out or restarts must not end polling: a hosted service that throws stops the
                // whole instance. The role is let go (the leadership disposed); take it again after a pause. A token
                // Telegram rejected (thrown with Telegram's answer inside) does stop it: no retry can fix that.
                logger.LogWarning("The Telegram poller's database call failed ({Message}); trying again", ex.Message);
                await Task.Delay(TakeoverEvery, stoppingToken);
            }
        }
    }

    /// <summary>One term: takes the role when free and polls until it is lost; returns at once when another instance holds it.</summary>
    private async Task PollOneTermAsync(string botId, CancellationToken stoppingToken)
    {
        await using var leadership = await election.TryAcquireAsync(Role, stoppingToken);
        if (leadership is null)
        {
            await Task.Delay(TakeoverEvery, stoppingToken);
            return;
        }
        logger.LogInformation("This instance polls Telegram");
        await DeleteWebhookAsync(stoppingToken);
        await menu.RegisterAsync(stoppingToken);
        await PollWhileLeadingAsync(botId, leadership, stoppingToken);
    }

    /// <summary>Polling and a webhook exclude each other: switching back to polling removes the webhook (kept pending updates).</summary>
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

    private async Task PollWhileLeadingAsync(string botId, ILeadership leadership, CancellationToken stoppingToken)
    {
        var offset = offsets.NextOffset(botId);
        while (!stoppingToken.IsCancellationRequested && await leadership.StillHeldAsync(stoppingToken))
        {
            global::Telegram.Bot.Types.Update[] updates;
            try
            {
                updates = await client.GetUpdates(offset, 100, options.Value.PollTimeoutSeconds, AllowedUpdates, stoppingToken);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
            {
                logger.LogCritical("Telegram rejected Telegram:BotToken ({ErrorCode}); check the token", ex.ErrorCode);
                throw new InvalidOperationException("Telegram rejected Telegram:BotToken (unauthorized); check the token.", ex);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning("getUpdates failed ({Message}); retrying", ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                continue;
            }
            if (updates.Length == 0) continue;
            foreach (var update in updates.OrderBy(u => u.Id))
                queue.Enqueue(update.Id, TelegramUpdateHandler.ChatIdOf(update), JsonSerializer.Serialize(update, JsonBotAPI.Options));
            var last = updates.Max(u => u.Id);
            offsets.SaveLastUpdateId(botId, last);
            offset = last + 1;
        }
    }
}
