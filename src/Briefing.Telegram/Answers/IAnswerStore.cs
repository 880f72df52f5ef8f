using Briefing.Core.Answering;

namespace Briefing.Telegram.Answers;

/// <summary>
/// Answers kept for /sources and the "Sources" button: a button's callback data names a short id, never the answer
/// itself (64-byte limit). Lookups always include the conversation, so a forwarded or forged button cannot reveal
/// another chat's answer.
/// </summary>
public interface IAnswerStore
{
    /// <summary>Per conversation; older answers' buttons answer "expired".</summary>
    const int MaxAnswersPerConversation = 50;

    /// <summary>Stores the answer and returns its id (12 URL-safe characters).</summary>
    string Save(string conversationId, Answer answer);

    /// <summary>The answer with this id in this conversation; null when unknown, expired or another chat's.</summary>
    Answer? Find(string conversationId, string answerId);

    Answer? FindLatest(string conversationId);

    /// <summary>
    /// Drops the citations of removed articles from every stored answer, so /sources and the "Sources" button never show
    /// their quotes again. The answer's [n] markers stay: the gaps tell the reader that a source was withdrawn.
    /// </summary>
    /// <returns>How many stored answers changed.</returns>
    int WithdrawCitations(IReadOnlyCollection<string> articleIds);
}
