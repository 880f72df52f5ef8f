using Briefing.Core.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Digests.Scheduling;

/// <summary>
/// Sends subscribers their daily digest. Wakes at the next due time (at least every
/// <see cref="DigestOptions.SchedulerPollInterval"/>, so new subscriptions and clock jumps are noticed), claims the
/// local day in the store before sending — at most one digest per chat and local day, across restarts — and gives
/// the claim back when the delivery failed, so the digest is retried later that day.
/// Idle while no digest delivery is active (no Telegram bot configured: <c>Composition/ActiveImplementations</c>).
/// </summary>
public sealed class DigestScheduler(
    ISubscriptionStore store,
    DigestBuilder builder,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestScheduler> logger,
    IDigestDelivery? delivery = null,
    BriefingMetrics? metrics = null) : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LastRetry = TimeSpan.FromHours(1);

    private readonly IDigestDelivery? _delivery = delivery;
    /// <summary>Chats whose last delivery failed: not before this instant, with the wait that doubles on each failure.</summary>
    private readonly Dictionary<long, (DateTimeOffset NotBefore, TimeSpan Wait)> _retries = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_delivery is null)
        {
            logger.LogDebug("No digest delivery is registered; the digest scheduler stays idle");
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "The digest scheduler's pass failed; it tries again at the next wake-up");
            }
            try
            {
                await Task.Delay(NextWakeUp(), time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>One pass: sends every due subscription its digest; returns how many were delivered.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        if (_delivery is null) return 0;
        var built = new Dictionary<(DateOnly, string, string), Digest>();
        var delivered = 0;
        foreach (var subscription in store.All())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!DigestTimeZones.TryFind(subscription.TimeZone, out var zone))
            {
                logger.LogWarning("Subscription of chat {ChatId} names an unknown time zone {Zone}; skipped", subscription.ChatId, subscription.TimeZone);
                continue;
            }
            var now = time.GetUtcNow();
            if (DigestSchedule.DueDate(subscription, zone, now) is not { } localDate) continue;
            if (_retries.TryGetValue(subscription.ChatId, out var retry) && now < retry.NotBefore) continue;
            if (!store.TryClaim(subscription.ChatId, localDate)) continue; // another instance sent it
            try
            {
                var date = subscription.DigestDateFor(localDate);
                var key = (date, zone.Id, subscription.Language);
                if (!built.TryGetValue(key, out var digest))
                    built[key] = digest = await builder.BuildAsync(date, zone, subscription.Language, cancellationToken);
                await _delivery.DeliverAsync(subscription, digest, cancellationToken);
                delivered++;
                metrics?.DigestDelivered(true);
                _retries.Remove(subscription.ChatId);
                logger.LogInformation("Sent the digest of {Date} to chat {ChatId}", date, subscription.ChatId);
            }
            catch (Exception ex)
            {
                store.Release(subscription.ChatId, localDate, subscription.LastSentDate);
                metrics?.DigestDelivered(false);
                if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested) throw;
                var wait = _retries.TryGetValue(subscription.ChatId, out var last) ? TimeSpan.FromTicks(Math.Min(last.Wait.Ticks * 2, LastRetry.Ticks)) : FirstRetry;
                _retries[subscription.ChatId] = (now + wait, wait);
                logger.LogWarning(ex, "Delivering the digest to chat {ChatId} failed; it is retried later today", subscription.ChatId);
            }
        }
        return delivered;
    }

    private TimeSpan NextWakeUp()
    {
        var now = time.GetUtcNow();
        var poll = options.Value.SchedulerPollInterval;
        var next = now + poll;
        foreach (var subscription in store.All())
        {
            if (!DigestTimeZones.TryFind(subscription.TimeZone, out var zone)) continue;
            var due = DigestSchedule.NextDue(subscription, zone, now);
            if (_retries.TryGetValue(subscription.ChatId, out var retry) && retry.NotBefore > due) due = retry.NotBefore;
            if (due < next) next = due;
        }
        var wait = next - now;
        // Never spin, whatever the clock does.
        return wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait;
    }
}
