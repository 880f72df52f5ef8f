namespace Briefing.Telegram.Conversation;

/// <summary>
/// Keeps "typing…" visible while an answer is written. Telegram shows one chat action for about five seconds,
/// and a model-backed answer can take longer, so the action is repeated until the work is done.
/// </summary>
public static class TypingIndicator
{
    public static readonly TimeSpan RepeatEvery = TimeSpan.FromSeconds(4);

    public static async Task<T> WhileAsync<T>(IConversationChannel channel, TimeProvider time, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await channel.ShowTypingAsync(cancellationToken);
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var repeating = RepeatAsync(channel, time, done.Token);
        try
        {
            return await work();
        }
        finally
        {
            await done.CancelAsync();
            await repeating;
        }
    }

    private static async Task RepeatAsync(IConversationChannel channel, TimeProvider time, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(RepeatEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken)) await channel.ShowTypingAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The answer is ready (or the bot is stopping): stop showing "typing…".
        }
    }
}
