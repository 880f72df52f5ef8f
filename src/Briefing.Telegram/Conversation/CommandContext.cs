using Briefing.Core.Text;
using Briefing.Telegram.Replies;

namespace Briefing.Telegram.Conversation;

/// <summary>What a command gets: the message, its arguments, the channel back to the user.</summary>
public sealed class CommandContext(IncomingMessage message, string arguments, IConversationChannel channel, bool fromButton = false)
{
    public IncomingMessage Message { get; } = message;

    /// <summary>The text after the command name (or the whole text of a plain-text question), trimmed.</summary>
    public string Arguments { get; } = arguments.Trim();

    public IConversationChannel Channel { get; } = channel;

    /// <summary>True when an inline button ran the command.</summary>
    public bool FromButton { get; } = fromButton;

    public string ConversationId => Message.ConversationId;

    /// <summary>The language for the bot's own words: the user's Telegram language, else a guess from the text.</summary>
    public string Language => Message.UserLanguage is { Length: > 0 } code
        ? code.StartsWith("de", StringComparison.OrdinalIgnoreCase) ? LanguageDetector.German : LanguageDetector.English
        : LanguageDetector.Detect(Message.Text);

    public Task ReplyAsync(Reply reply, CancellationToken cancellationToken) => Channel.SendAsync(reply, cancellationToken);

    public Task ReplyAsync(string text, CancellationToken cancellationToken) => Channel.SendAsync(Reply.Text(text), cancellationToken);
}
