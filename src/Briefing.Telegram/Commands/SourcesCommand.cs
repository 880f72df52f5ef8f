using Briefing.Telegram.Answers;
using Briefing.Telegram.Conversation;

namespace Briefing.Telegram.Commands;

/// <summary>
/// <c>/sources</c> (the last answer of this chat) and the "Sources" button (<c>sources:ID</c>, a stored answer of
/// this chat): the cited passages as quotes.
/// </summary>
internal sealed class SourcesCommand(IAnswerStore answers) : IBotCommand
{
    public string Name => AnswerReplies.SourcesCommandName;
    public bool StaffOnly => false;

    public string Describe(string language) => BotTexts.Pick(language, "Die Textstellen hinter der letzten Antwort", "The passages behind the last answer");

    public Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var answer = context.Arguments.Length > 0
            ? answers.Find(context.ConversationId, context.Arguments)
            : answers.FindLatest(context.ConversationId);
        if (answer is null)
        {
            var text = context.Arguments.Length > 0 ? BotTexts.ExpiredButton(context.Language) : BotTexts.NoAnswerYet(context.Language);
            return context.ReplyAsync(text, cancellationToken);
        }
        return context.ReplyAsync(AnswerReplies.ForSources(answer), cancellationToken);
    }
}
