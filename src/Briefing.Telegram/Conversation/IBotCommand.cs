namespace Briefing.Telegram.Conversation;

/// <summary>
/// One chat command (<c>/name arguments</c>). Register implementations in DI as <c>IBotCommand</c>;
/// <see cref="ConversationRouter"/> dispatches by <see cref="Name"/> for Telegram and the console chat alike.
/// Inline buttons whose callback data is <c>"name:argument"</c> run the same command.
/// </summary>
public interface IBotCommand
{
    /// <summary>Lower-case command name without the slash (Telegram allows a-z, 0-9 and _, up to 32 characters).</summary>
    string Name { get; }

    /// <summary>Only <c>Telegram:StaffUserIds</c> may run it; others get a refusal.</summary>
    bool StaffOnly { get; }

    /// <summary>Whether the command appears in /help and in Telegram's command menu.</summary>
    bool Listed => true;

    /// <summary>A one-line description in <paramref name="language"/> ("de" or "en") for /help and setMyCommands.</summary>
    string Describe(string language);

    Task HandleAsync(CommandContext context, CancellationToken cancellationToken);
}
