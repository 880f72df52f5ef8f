using Briefing.Telegram.Polling;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Briefing.Telegram.Tests.Polling;

public class TelegramMessageMapperTests
{
    private static readonly BotIdentity Bot = CreateBot();
    private static readonly IReadOnlySet<long> Staff = new HashSet<long> { 42 };

    private static BotIdentity CreateBot()
    {
        var bot = new BotIdentity();
        bot.Set(999, "briefing_bot");
        return bot;
    }

    private static Message GroupMessage(string? text, Message? replyTo = null, long from = 7) => new()
    {
        Chat = new Chat { Id = -100, Type = ChatType.Supergroup },
        From = new User { Id = from, FirstName = "U", LanguageCode = "de" },
        Text = text,
        ReplyToMessage = replyTo,
    };

    [Fact]
    public void A_reply_to_the_bots_message_in_a_group_is_addressed()
    {
        var botMessage = new Message { Chat = new Chat { Id = -100, Type = ChatType.Supergroup }, From = new User { Id = 999, IsBot = true, FirstName = "B" } };

        var mapped = TelegramMessageMapper.Map(GroupMessage("Und Russland?", botMessage), Bot, Staff);

        Assert.True(mapped.IsAddressedToBot);
        Assert.Equal("telegram:-100", mapped.ConversationId);
        Assert.Equal("de", mapped.UserLanguage);
    }

    [Theory]
    [InlineData("Hallo zusammen", false, "Hallo zusammen")]
    [InlineData("@Briefing_Bot Wer gewann?", true, "Wer gewann?")]
    [InlineData("/ask@briefing_bot Wer gewann?", true, "/ask Wer gewann?")]
    [InlineData("/ask@other_bot Wer gewann?", false, "/ask@other_bot Wer gewann?")]
    [InlineData("/help", true, "/help")]
    public void Group_messages_are_addressed_only_by_command_mention_or_reply(string text, bool addressed, string mappedText)
    {
        var mapped = TelegramMessageMapper.Map(GroupMessage(text), Bot, Staff);

        Assert.Equal(addressed, mapped.IsAddressedToBot);
        Assert.Equal(mappedText, mapped.Text);
    }

    [Fact]
    public void Staff_is_recognised_by_user_id_and_private_chats_are_always_addressed()
    {
        var message = new Message { Chat = new Chat { Id = 42, Type = ChatType.Private }, From = new User { Id = 42, FirstName = "S" }, Text = "Frage" };

        var mapped = TelegramMessageMapper.Map(message, Bot, Staff);

        Assert.True(mapped.IsStaff);
        Assert.True(mapped.IsAddressedToBot);
        Assert.False(TelegramMessageMapper.Map(GroupMessage("@briefing_bot x", from: 7), Bot, Staff).IsStaff);
    }
}
