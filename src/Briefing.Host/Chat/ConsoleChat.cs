using System.Globalization;
using Briefing.Host.Cli;
using Briefing.Telegram.Conversation;

namespace Briefing.Host.Chat;

/// <summary>
/// The console twin of the Telegram bot: each stdin line goes through the same <see cref="ConversationRouter"/> (same
/// commands, follow-ups, sources), replies are plain text on stdout. The local operator counts as staff.
/// Ends at end of input, <c>/quit</c> or Ctrl+C.
/// </summary>
internal sealed class ConsoleChat(ConversationRouter router, CliConsole console)
{
    public const string ConversationId = "console";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var interactive = ReferenceEquals(console.In, System.Console.In) && !System.Console.IsInputRedirected;
        await console.Error.WriteLineAsync("Briefing chat: ask a question, /help lists the commands, /quit or end of input leaves.");
        var channel = new ConsoleChannel(console.Out);
        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive) await console.Error.WriteAsync("> ");
            string? line;
            try
            {
                line = await console.In.ReadLineAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            if (line is null || line.Trim() is "/quit" or "/exit") break;
            if (string.IsNullOrWhiteSpace(line)) continue;
            await router.HandleMessageAsync(Message(line), channel, cancellationToken);
        }
    }

    private static IncomingMessage Message(string line) => new()
    {
        ConversationId = ConversationId,
        Text = line.Trim(),
        // A German system language makes the bot's own words German; otherwise they follow the question.
        UserLanguage = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "de" ? "de" : null,
        IsStaff = true,
    };
}
