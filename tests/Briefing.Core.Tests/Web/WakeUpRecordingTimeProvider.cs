using Microsoft.Extensions.Time.Testing;

namespace Briefing.Core.Tests.Web;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that remembers at which fake instant every timer created on it is due, so a test
/// can see when a service scheduled its next wake-up instead of sleeping and hoping nothing happened.
/// </summary>
internal sealed class WakeUpRecordingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly List<DateTimeOffset> _wakeUps = [];

    public IReadOnlyList<DateTimeOffset> WakeUps
    {
        get { lock (_wakeUps) return [.. _wakeUps]; }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_wakeUps) _wakeUps.Add(GetUtcNow() + dueTime);
        return base.CreateTimer(callback, state, dueTime, period);
    }
}
