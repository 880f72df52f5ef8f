using Briefing.Core.Digests;
using Briefing.Core.Digests.Scheduling;

namespace Briefing.Core.Tests.Digests.Support;

/// <summary>Records what the scheduler delivers; can be told to fail.</summary>
internal sealed class RecordingDelivery : IDigestDelivery
{
    private readonly SemaphoreSlim _arrived = new(0);

    public List<(long ChatId, DateOnly Date, DateTimeOffset At)> Sent { get; } = [];
    public bool Fail { get; set; }
    public TimeProvider? Clock { get; set; }

    public Task DeliverAsync(Subscription subscription, Digest digest, CancellationToken cancellationToken)
    {
        if (Fail) throw new HttpRequestException("chat unreachable");
        lock (Sent) Sent.Add((subscription.ChatId, digest.Date, Clock?.GetUtcNow() ?? default));
        _arrived.Release();
        return Task.CompletedTask;
    }

    /// <summary>Waits (on the real clock, briefly) for a delivery made by a background loop.</summary>
    public Task<bool> WaitAsync() => _arrived.WaitAsync(TimeSpan.FromSeconds(10));
}
