using Microsoft.Extensions.Logging;

namespace Briefing.Core.State;

/// <summary>
/// Keeps a lease (a row lease in the shared database: an update being answered, a feed being polled) while its holder
/// works, renewed every third of the lease, so the lease measures whether the instance is alive, not how fast a busy
/// machine works: a slow instance keeps its work, a dead one stops renewing and another takes over one lease later.
/// Work still going after <c>maxLeases</c> leases is taken to be stuck and the lease is left to run out. Waits on the
/// given clock, so a test on a fake clock sees each renewal without waiting a third of a real lease.
/// </summary>
public sealed class LeaseRenewal : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private LeaseRenewal(Func<bool> renew, TimeSpan lease, TimeProvider time, ILogger logger, string what, int maxLeases) =>
        _loop = Task.Run(() => RenewAsync(renew, lease, time, logger, what, maxLeases));

    /// <summary>
    /// Starts renewing: <paramref name="renew"/> extends the lease by <paramref name="lease"/> from now and returns false
    /// when the lease is no longer this holder's (taken over: renewing stops, the holder learns it when it completes).
    /// <paramref name="what"/> names the work in log lines.
    /// </summary>
    public static LeaseRenewal Start(Func<bool> renew, TimeSpan lease, TimeProvider time, ILogger logger, string what, int maxLeases = 10) =>
        new(renew, lease, time, logger, what, maxLeases);

    private async Task RenewAsync(Func<bool> renew, TimeSpan lease, TimeProvider time, ILogger logger, string what, int maxLeases)
    {
        var every = lease / 3;
        for (var renewal = 1; renewal <= maxLeases * 3; renewal++)
        {
            await Task.Delay(every, time, _stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (_stop.IsCancellationRequested) return;
            try
            {
                if (!renew()) return;
            }
            catch (Exception e)
            {
                // The database is briefly unreachable: the next renewal may still come in time.
                logger.LogDebug("Renewing the lease on {What} failed: {Message}", what, e.Message);
            }
        }
        logger.LogWarning("{What} is still at work after {Leases} leases: taken to be stuck, its lease is left to run out", what, maxLeases);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
