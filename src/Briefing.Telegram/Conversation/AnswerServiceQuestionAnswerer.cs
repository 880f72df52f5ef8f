using Briefing.Core.Answering;

namespace Briefing.Telegram.Conversation;

/// <summary>The production <see cref="IQuestionAnswerer"/>: the core answering pipeline.</summary>
public sealed class AnswerServiceQuestionAnswerer(AnswerService answers) : IQuestionAnswerer
{
    public Task<Answer> AskAsync(AskRequest request, CancellationToken cancellationToken) => answers.AskAsync(request, cancellationToken);
}
