using Briefing.Telegram.Configuration;
using Briefing.Telegram.Conversation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Briefing.Telegram.Polling;

/// <summary>
/// Registers the command menu with setMyCommands: public commands in English (default) and German, and all
/// commands in each staff member's private chat. Failures are logged; the bot works without a menu.
/// </summary>
public sealed class TelegramCommandMenu(ITelegramBotClient client, ConversationRouter router, IOptions<TelegramOptions> options, ILogger<TelegramCommandMenu> logger)
{
    public async Task RegisterAsync(CancellationToken cancellationToken)
    {
        var listed = router.Commands.Where(c => c.Listed).ToArray();
        var publicCommands = listed.Where(c => !c.StaffOnly).ToArray();
        await TryAsync("default", () => client.SetMyCommands(Menu(publicCommands, "en"), cancellationToken: cancellationToken));
        await TryAsync("de", () => client.SetMyCommands(Menu(publicCommands, "de"), languageCode: "de", cancellationToken: cancellationToken));
        foreach (var staffId in options.Value.StaffUserIds)
            await TryAsync("staff", () => client.SetMyCommands(Menu(listed, "en"), BotCommandScope.Chat(staffId), cancellationToken: cancellationToken));
    }

    private static BotCommand[] Menu(IEnumerable<IBotCommand> commands, string language) =>
        commands.Select(c => new BotCommand { Command = c.Name, Description = c.Describe(language) }).ToArray();

    private async Task TryAsync(string scope, Func<Task> register)
    {
        try
        {
            await register();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "setMyCommands for {Scope} failed; the command menu may be incomplete", scope);
        }
    }
}
