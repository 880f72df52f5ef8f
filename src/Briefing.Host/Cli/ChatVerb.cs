using System.CommandLine;
using Briefing.Host.Chat;
using Briefing.Telegram.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Host.Cli;

/// <summary><c>chat</c>: the console chat (the same conversation logic as Telegram, follow-ups included).</summary>
internal static class ChatVerb
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("chat", "Chat on the console: questions, follow-ups and commands as on Telegram.");
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.BuildForReading(parseResult);
            await new ConsoleChat(host.Services.GetRequiredService<ConversationRouter>(), console).RunAsync(cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
