using Briefing.Telegram.Conversation;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Briefing.Telegram.Polling;

/// <summary>
/// Maps Telegram messages to <see cref="IncomingMessage"/>. In groups the bot answers only when addressed: a command
/// (bare or with its own <c>@name</c>), a mention of <c>@name</c>, or a reply to one of its messages.
/// </summary>
public static class TelegramMessageMapper
{
    public static string ConversationIdOf(long chatId) => $"telegram:{chatId}";

    public static IncomingMessage Map(Message message, BotIdentity bot, IReadOnlySet<long> staffUserIds)
    {
        var text = message.Text ?? message.Caption;
        var isGroup = message.Chat.Type is ChatType.Group or ChatType.Supergroup;
        var addressed = !isGroup;
        if (CommandLine.TryParse(text) is { } command)
        {
            var forUs = command.BotName is null || string.Equals(command.BotName, bot.Username, StringComparison.OrdinalIgnoreCase);
            addressed = forUs;
            if (command.BotName is not null && forUs) text = "/" + command.Name + (command.Arguments.Length > 0 ? " " + command.Arguments : "");
        }
        else if (text is not null && bot.Username is { Length: > 0 } name && text.Contains("@" + name, StringComparison.OrdinalIgnoreCase))
        {
            addressed = true;
            text = text.Replace("@" + name, "", StringComparison.OrdinalIgnoreCase).Trim();
        }
        else if (isGroup && message.ReplyToMessage?.From?.Id is { } repliedTo && repliedTo == bot.Id)
        {
            addressed = true;
        }
        if (isGroup && message.Document is not null && text is null) addressed = false;

        return new IncomingMessage
        {
            ConversationId = ConversationIdOf(message.Chat.Id),
            ChatId = message.Chat.Id,
            UserId = message.From?.Id,
            UserLanguage = message.From?.LanguageCode,
            Text = text,
            Document = message.Document is { } document ? new IncomingDocument(document.FileId, document.FileName, document.FileSize) : null,
            HasUnsupportedContent = message.Type is not (MessageType.Text or MessageType.Document),
            IsAddressedToBot = addressed,
            IsStaff = message.From is { } sender && staffUserIds.Contains(sender.Id),
        };
    }

    /// <summary>A button press, as a message from the presser in the chat of the message that carries the button.</summary>
    public static IncomingMessage MapButton(CallbackQuery query, Chat chat, IReadOnlySet<long> staffUserIds) => new()
    {
        ConversationId = ConversationIdOf(chat.Id),
        ChatId = chat.Id,
        UserId = query.From.Id,
        UserLanguage = query.From.LanguageCode,
        IsStaff = staffUserIds.Contains(query.From.Id),
    };
}
