using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Telegram.Tests.Support;

/// <summary>
/// A fake clock that also reports every timer started on it: a test sees how long the code under test chose to wait
/// (e.g. a retry's pause), then moves time on by exactly that, instead of racing real timers.
/// </summary>
public sealed class TimerRecordingClock : FakeTimeProvider
{
    private readonly Channel<TimeSpan> _started = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _started.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>The due time of the next timer started on this clock (in start order); fails the test after a generous real-time bound.</summary>
    public async Task<TimeSpan> NextTimerAsync(int timeoutSeconds = 60)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            return await _started.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No timer was started on the fake clock within {timeoutSeconds} s");
        }
    }
}
