using Briefing.Core.Answering;

namespace Briefing.Core.Conversations;

/// <summary>
/// The recent turns of each conversation, keyed by conversation id ("telegram:42", "console"), so follow-ups
/// survive a restart. Turns older than <see cref="MaxAge"/> are no longer context: a question hours later starts
/// afresh. A conversation only ever reads its own key, so one chat's history never reaches another chat.
/// </summary>
public interface IChatHistoryStore
{
    const int MaxTurns = 5;
    static readonly TimeSpan MaxAge = TimeSpan.FromHours(2);

    /// <summary>The conversation's recent turns (at most <see cref="MaxTurns"/>, younger than <see cref="MaxAge"/>), oldest first.</summary>
    IReadOnlyList<ChatTurn> GetRecent(string conversationId);

    void Append(string conversationId, ChatTurn turn);
}
