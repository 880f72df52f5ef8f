using System.Text.Json;
using Briefing.Core.State;
using Briefing.Telegram.Configuration;
using Briefing.Telegram.Messaging;
using Briefing.Telegram.Polling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Briefing.Telegram.Delivery;

/// <summary>
/// With a shared <see cref="IUpdateQueue"/> (instances on one database), every instance runs this: up to
/// <c>Telegram:MaxConcurrentUpdates</c> loops claim an update for <c>Telegram:UpdateLeaseSeconds</c> (renewed while the
/// handler works, <see cref="LeaseRenewal"/>), handle it as the poller would, and complete it with its replies in one
/// transaction. Idle without a queue (the embedded mode polls
/// and answers directly).
/// </summary>
public sealed class QueuedUpdateWorker(
    TelegramUpdateHandler handler,
    ITelegramBotClient client,
    TelegramCallRetrier retrier,
    BotIdentity identity,
    InstanceName instance,
    IOptions<TelegramOptions> options,
    ILogger<QueuedUpdateWorker> logger,
    TimeProvider time,
    IUpdateQueue? queue = null) : BackgroundService
{
    private static readonly TimeSpan IdleWait = TimeSpan.FromMilliseconds(100);

    /// <summary>An update claimed this often was cut short each time (it kills its handler?): answered no more.</summary>
    private const int MaxAttempts = 3;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (queue is null) return;
        // Handlers need the bot's own name (group mentions); Telegram may be briefly unreachable at start.
        var me = await retrier.RunAsync("getMe", token => client.GetMe(token), stoppingToken, maxAttempts: int.MaxValue);
        identity.Set(me.Id, me.Username);
        var loops = Enumerable.Range(0, options.Value.MaxConcurrentUpdates).Select(_ => Task.Run(() => LoopAsync(queue, stoppingToken), stoppingToken));
        await Task.WhenAll(loops);
    }

    private async Task LoopAsync(IUpdateQueue updates, CancellationToken stoppingToken)
    {
        var lease = TimeSpan.FromSeconds(options.Value.UpdateLeaseSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (updates.Claim(instance.Value, lease) is { } claimed)
                {
                    await using var renewal = LeaseRenewal.Start(
                        () => updates.Renew(claimed.UpdateId, instance.Value, lease), lease, time, logger, $"update {claimed.UpdateId}");
                    await HandleAsync(updates, claimed, stoppingToken);
                }
                else await Task.Delay(IdleWait, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning("The update queue failed ({Message}); trying again", e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task HandleAsync(IUpdateQueue updates, ClaimedUpdate claimed, CancellationToken stoppingToken)
    {
        UpdateReplies replies;
        if (claimed.Attempts > MaxAttempts)
        {
            logger.LogWarning("Update {UpdateId} was cut short {Attempts} times: given up", claimed.UpdateId, claimed.Attempts - 1);
            replies = new UpdateReplies();
        }
        else
        {
            var update = JsonSerializer.Deserialize<Update>(claimed.PayloadJson, JsonBotAPI.Options)
                ?? throw new JsonException($"Update {claimed.UpdateId} is empty");
            replies = await UpdateReplies.CollectAsync(async () =>
            {
                try
                {
                    await handler.HandleAsync(update, stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // As with direct polling: a failing handler is logged and the update counts as handled.
                    logger.LogError(e, "Handling update {UpdateId} failed", claimed.UpdateId);
                }
            });
        }
        if (!updates.Complete(claimed.UpdateId, instance.Value, replies.Messages))
            logger.LogWarning("The lease on update {UpdateId} ran out before it was answered: another instance answers it", claimed.UpdateId);
    }
}
