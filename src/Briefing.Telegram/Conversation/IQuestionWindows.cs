namespace Briefing.Telegram.Conversation;

/// <summary>
/// Each sender's recent questions, for <see cref="QuestionRateLimiter"/>: in this process (embedded mode) or in the
/// database, so the per-user limit holds for all instances together however the updates are spread over them.
/// </summary>
public interface IQuestionWindows
{
    /// <summary>
    /// Atomically: forgets the sender's questions older than <paramref name="window"/> before <paramref name="now"/>,
    /// and records this one unless <paramref name="limit"/> are still within it. False when over the limit.
    /// </summary>
    bool TryRecord(string senderKey, DateTimeOffset now, TimeSpan window, int limit);
}
