using Microsoft.Extensions.Logging;

namespace Briefing.Telegram.Delivery;

/// <summary>
/// Keeps an update's lease while its handler is at work (renewed every third of the lease), so the lease measures
/// whether the instance is alive, not how fast a busy machine answers: a slow instance keeps its update, a dead one
/// stops renewing and another takes over one lease later. A handler still busy after <see cref="MaxLeases"/> leases
/// is taken to be stuck and the lease is left to run out.
/// </summary>
internal sealed class LeaseRenewal : IAsyncDisposable
{
    private const int MaxLeases = 10;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private LeaseRenewal(IUpdateQueue queue, ClaimedUpdate claimed, string owner, TimeSpan lease, ILogger logger) =>
        _loop = Task.Run(() => RenewAsync(queue, claimed.UpdateId, owner, lease, logger));

    public static LeaseRenewal Start(IUpdateQueue queue, ClaimedUpdate claimed, string owner, TimeSpan lease, ILogger logger) =>
        new(queue, claimed, owner, lease, logger);

    private async Task RenewAsync(IUpdateQueue queue, long updateId, string owner, TimeSpan lease, ILogger logger)
    {
        var every = lease / 3;
        for (var renewal = 1; renewal <= MaxLeases * 3; renewal++)
        {
            await Task.Delay(every, _stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (_stop.IsCancellationRequested) return;
            try
            {
                if (!queue.Renew(updateId, owner, lease)) return; // already taken over: Complete will say so
            }
            catch (Exception e)
            {
                // The database is briefly unreachable: the next renewal may still come in time.
                logger.LogDebug("Renewing the lease on update {UpdateId} failed: {Message}", updateId, e.Message);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
