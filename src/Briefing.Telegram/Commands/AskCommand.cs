using Briefing.Core.Answering;
using Briefing.Core.Configuration;
using Briefing.Core.Conversations;
using Briefing.Telegram.Answers;
using Briefing.Telegram.Conversation;
using Briefing.Telegram.Replies;
using Microsoft.Extensions.Options;

namespace Briefing.Telegram.Commands;

/// <summary>
/// <c>/ask QUESTION</c> and every plain-text message: answers with the conversation's own history (follow-ups),
/// stores the answer for /sources and the button, and records the turn.
/// </summary>
internal sealed class AskCommand(
    IQuestionAnswerer answerer,
    IChatHistoryStore history,
    IAnswerStore answers,
    QuestionRateLimiter rateLimiter,
    BotStatistics statistics,
    IOptions<BriefingOptions> options,
    TimeProvider time) : IBotCommand
{
    public string Name => ConversationRouter.AskCommandName;
    public bool StaffOnly => false;

    public string Describe(string language) => BotTexts.Pick(language, "Eine Frage stellen (oder einfach schreiben)", "Ask a question (or just type it)");

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var question = context.Arguments;
        if (question.Length == 0)
        {
            await context.ReplyAsync(BotTexts.AskUsage(context.Language), cancellationToken);
            return;
        }
        // Only chat users are limited; the local console operator is not.
        if (context.Message.UserId is { } userId && !rateLimiter.TryAcquire(userId.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            await context.ReplyAsync(BotTexts.SlowDown(context.Language), cancellationToken);
            return;
        }
        var maxChars = options.Value.MaxQuestionChars;
        var shortened = question.Length > maxChars;
        if (shortened) question = question[..maxChars];

        var turns = history.GetRecent(context.ConversationId);
        var answer = await TypingIndicator.WhileAsync(context.Channel, time,
            () => answerer.AskAsync(new AskRequest(question) { History = turns }, cancellationToken), cancellationToken);
        statistics.CountQuestion(answer.Abstained);
        history.Append(context.ConversationId, new ChatTurn(question, answer.StandaloneQuestion ?? question, answer.Text));
        var answerId = answers.Save(context.ConversationId, answer);

        var reply = AnswerReplies.ForAnswer(answer, answerId);
        if (shortened)
            reply = reply with { Blocks = [.. reply.Blocks, new ReplyBlock(ReplyBlockKind.Paragraph, [new ReplySpan(BotTexts.QuestionShortened(answer.Language, maxChars), SpanStyle.Italic)])] };
        await context.ReplyAsync(reply, cancellationToken);
    }
}
