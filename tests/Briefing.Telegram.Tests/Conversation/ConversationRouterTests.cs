using Briefing.Telegram.Conversation;
using Briefing.Telegram.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Briefing.Telegram.Tests.Conversation;

public class ConversationRouterTests
{
    private sealed class EchoCommand(string name, bool staffOnly = false, Exception? failure = null) : IBotCommand
    {
        public string Name => name;
        public bool StaffOnly => staffOnly;
        public List<CommandContext> Calls { get; } = [];
        public string Describe(string language) => name;

        public Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
        {
            Calls.Add(context);
            if (failure is not null) throw failure;
            return context.ReplyAsync($"{name}:{context.Arguments}", cancellationToken);
        }
    }

    private static ConversationRouter Router(params IBotCommand[] commands) =>
        new(commands, new BotStatistics(TimeProvider.System), NullLogger<ConversationRouter>.Instance);

    private static IncomingMessage Message(string? text, bool staff = false, string language = "en") =>
        new() { ConversationId = "test:1", ChatId = 1, UserId = 7, UserLanguage = language, Text = text, IsStaff = staff };

    [Fact]
    public void Two_commands_with_one_name_are_refused_at_start_instead_of_one_winning_by_registration_order()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Router(new EchoCommand("ask"), new EchoCommand("Ask")));

        Assert.Contains("/ask", error.Message);
    }

    [Theory]
    [InlineData("/ask Wer?", "ask:Wer?")]
    [InlineData("/ASK@briefing_bot  Wer? ", "ask:Wer?")]
    [InlineData("Was sagte Lawrow?", "ask:Was sagte Lawrow?")]
    [InlineData("/help", "help:")]
    public async Task Dispatches_commands_by_name_and_plain_text_to_ask(string text, string expected)
    {
        var channel = new RecordingChannel();
        await Router(new EchoCommand("ask"), new EchoCommand("help")).HandleMessageAsync(Message(text), channel, default);

        Assert.Equal([expected], channel.Texts);
    }

    [Fact]
    public async Task Unknown_commands_get_a_help_hint_in_the_users_language()
    {
        var channel = new RecordingChannel();
        await Router(new EchoCommand("ask")).HandleMessageAsync(Message("/frobnicate", language: "de-AT"), channel, default);

        Assert.Contains("/frobnicate", Assert.Single(channel.Texts));
        Assert.Contains("/help", channel.Texts[0]);
        Assert.StartsWith("Den Befehl", channel.Texts[0]);
    }

    [Fact]
    public async Task Staff_commands_are_refused_to_others_and_run_for_staff()
    {
        var stats = new EchoCommand("stats", staffOnly: true);
        var router = Router(stats);
        var outsider = new RecordingChannel();
        var staff = new RecordingChannel();

        await router.HandleMessageAsync(Message("/stats"), outsider, default);
        await router.HandleMessageAsync(Message("/stats", staff: true), staff, default);

        Assert.Equal("This command is for staff only.", Assert.Single(outsider.Texts));
        Assert.Equal(["stats:"], staff.Texts);
        Assert.Single(stats.Calls);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Empty_messages_and_stickers_get_a_text_only_reply(string? text)
    {
        var channel = new RecordingChannel();
        var ask = new EchoCommand("ask");
        await Router(ask).HandleMessageAsync(Message(text) with { HasUnsupportedContent = true }, channel, default);

        Assert.Equal("I can only read text. Please send your question as a message.", Assert.Single(channel.Texts));
        Assert.Empty(ask.Calls);
    }

    [Fact]
    public async Task A_failing_command_is_answered_with_an_apology_instead_of_silence()
    {
        var channel = new RecordingChannel();
        await Router(new EchoCommand("ask", failure: new InvalidOperationException("boom"))).HandleMessageAsync(Message("Frage?"), channel, default);

        Assert.StartsWith("Sorry, something went wrong", Assert.Single(channel.Texts));
    }

    [Fact]
    public async Task Messages_not_addressed_to_the_bot_are_ignored()
    {
        var channel = new RecordingChannel();
        await Router(new EchoCommand("ask")).HandleMessageAsync(Message("chatter") with { IsAddressedToBot = false }, channel, default);

        Assert.Empty(channel.Texts);
    }

    [Theory]
    [InlineData("sources:abc", "sources:abc")]
    [InlineData("gone:xyz", "This button has expired. Please ask the question again.")]
    [InlineData("", "This button has expired. Please ask the question again.")]
    public async Task Buttons_run_the_named_command_and_unknown_data_reports_expiry(string data, string expected)
    {
        var channel = new RecordingChannel();
        await Router(new EchoCommand("sources")).HandleButtonAsync(Message(null), data, channel, default);

        Assert.Equal([expected], channel.Texts);
    }

    [Fact]
    public async Task Documents_go_to_the_ingest_command()
    {
        var ingest = new EchoCommand("ingest");
        var message = Message(null, staff: true) with { Document = new IncomingDocument("f1", "a.txt", 10) };
        await Router(ingest).HandleMessageAsync(message, new RecordingChannel(), default);

        Assert.Equal("f1", Assert.Single(ingest.Calls).Message.Document!.FileId);
    }
}
