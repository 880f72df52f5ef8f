using Microsoft.Extensions.Logging;

namespace Briefing.Telegram.Polling;

/// <summary>
/// Runs update handlers: one chat's updates strictly in arrival order, different chats concurrently (bounded).
/// A failing handler is logged and never stops the chat's queue or the polling loop.
/// </summary>
public sealed class ChatUpdateDispatcher(int maxConcurrency, ILogger logger)
{
    private readonly SemaphoreSlim _slots = new(maxConcurrency, maxConcurrency);
    private readonly Dictionary<long, Task> _tails = [];
    private int _pending;

    /// <summary>Updates queued or running.</summary>
    public int Pending => Volatile.Read(ref _pending);

    public void Enqueue(long chatId, Func<Task> handle)
    {
        Interlocked.Increment(ref _pending);
        lock (_tails)
        {
            var previous = _tails.GetValueOrDefault(chatId) ?? Task.CompletedTask;
            var next = Task.Run(() => RunAfterAsync(previous, handle));
            _tails[chatId] = next;
            next.ContinueWith(_ =>
            {
                lock (_tails)
                {
                    if (_tails.TryGetValue(chatId, out var tail) && tail == next) _tails.Remove(chatId);
                }
            }, TaskScheduler.Default);
        }
    }

    /// <summary>Completes when everything queued so far has been handled.</summary>
    public Task DrainAsync()
    {
        lock (_tails) return Task.WhenAll(_tails.Values.ToArray());
    }

    private async Task RunAfterAsync(Task previous, Func<Task> handle)
    {
        await previous;
        await _slots.WaitAsync();
        try
        {
            await handle();
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "An update handler failed");
        }
        finally
        {
            _slots.Release();
            Interlocked.Decrement(ref _pending);
        }
    }
}
