using Briefing.Telegram.Configuration;
using Microsoft.Extensions.Options;

namespace Briefing.Telegram.Conversation;

/// <summary>
/// Per-user sliding window: more than <c>Telegram:MaxQuestionsPerMinute</c> questions within a minute get a
/// friendly "slow down" instead of an answer, so one user cannot starve the others. The windows are kept by
/// <see cref="IQuestionWindows"/> (the database with instances on one, so the limit is per user, not per instance).
/// </summary>
public sealed class QuestionRateLimiter(IOptions<TelegramOptions> options, TimeProvider time, IQuestionWindows windows)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    /// <summary>Records a question and returns false when the sender is over the limit.</summary>
    public bool TryAcquire(string senderKey) =>
        windows.TryRecord(senderKey, time.GetUtcNow(), Window, options.Value.MaxQuestionsPerMinute);
}
