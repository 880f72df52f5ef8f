using Briefing.Telegram.Conversation;
using Briefing.Telegram.Replies;

namespace Briefing.Telegram.Commands;

/// <summary><c>/start</c>: greeting plus the command list, in the user's language.</summary>
internal sealed class StartCommand(IServiceProvider services) : IBotCommand
{
    public string Name => "start";
    public bool StaffOnly => false;

    public string Describe(string language) => BotTexts.Pick(language, "Begrüßung und Überblick", "Welcome and overview");

    public Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var reply = new ReplyBuilder().Text(BotTexts.Welcome(context.Language)).Paragraph();
        HelpCommand.AppendCommandList(reply, services, context);
        return context.ReplyAsync(reply.Build(), cancellationToken);
    }
}
