using Briefing.Core.Answering;

namespace Briefing.Telegram.Conversation;

/// <summary>The answering engine as the chat sees it; in production the core <c>AnswerService</c>.</summary>
public interface IQuestionAnswerer
{
    Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken);
}
