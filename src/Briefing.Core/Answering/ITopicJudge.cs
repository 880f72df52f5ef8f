namespace Briefing.Core.Answering;

/// <summary>
/// Tells, from retrieval evidence, whether a question in a conversation names its own topic — then it is never
/// treated as a follow-up, whatever its opening words, and no condenser (offline or model) rewrites it.
/// </summary>
public interface ITopicJudge
{
    bool NamesOwnTopic(string question, string language, IReadOnlyList<ChatTurn> history);
}
