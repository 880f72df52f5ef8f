namespace Briefing.Core.Answering;

/// <summary>Turns a follow-up ("Und was sagte Lawrow?") plus history into one standalone question for retrieval.</summary>
public interface IQuestionCondenser
{
    Task<string> CondenseAsync(string question, string language, IReadOnlyList<ChatTurn> history, CancellationToken cancellationToken);
}
