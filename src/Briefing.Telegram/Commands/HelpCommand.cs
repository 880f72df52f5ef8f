using Briefing.Telegram.Conversation;
using Briefing.Telegram.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Telegram.Commands;

/// <summary><c>/help</c>: every listed command with its description; staff commands only for staff.</summary>
internal sealed class HelpCommand(IServiceProvider services) : IBotCommand
{
    public string Name => "help";
    public bool StaffOnly => false;

    public string Describe(string language) => BotTexts.Pick(language, "Was ich kann", "What I can do");

    public Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var reply = new ReplyBuilder();
        AppendCommandList(reply, services, context);
        reply.Text(BotTexts.PlainTextHint(context.Language));
        return context.ReplyAsync(reply.Build(), cancellationToken);
    }

    /// <summary>The router is resolved lazily: it depends on all commands, including this one.</summary>
    internal static void AppendCommandList(ReplyBuilder reply, IServiceProvider services, CommandContext context)
    {
        var router = services.GetRequiredService<ConversationRouter>();
        reply.Bold(BotTexts.CommandsHeading(context.Language));
        foreach (var command in router.Commands.Where(c => c.Listed && (!c.StaffOnly || context.Message.IsStaff)))
            reply.Text($"\n/{command.Name} – {command.Describe(context.Language)}");
        reply.Paragraph();
    }
}
