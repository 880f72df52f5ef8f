using Briefing.Telegram.Messaging;
using Briefing.Telegram.Polling;
using Briefing.Telegram.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Telegram.Tests.Bot;

/// <summary>Load, limits, failures and restarts.</summary>
public sealed class DeliveryScenarioTests : IAsyncLifetime
{
    private readonly TempFolder _data = new();
    private readonly FakeAnswerer _answerer = new();
    private FakeBotApiServer _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApiServer.StartAsync();

    [Fact]
    public async Task Fifty_chats_asking_at_once_each_get_their_own_answers_in_order()
    {
        await using var bot = await BotHarness.StartAsync(_api, _data.Path, _answerer);
        for (var round = 1; round <= 3; round++)
        for (var chat = 1; chat <= 50; chat++)
            _api.AddUpdate(FakeUpdates.Text(2000 + chat, 3000 + chat, $"Question {round} from chat {chat}?"));

        await _api.WaitForAsync(all => all.Count >= 150);

        for (var chat = 1; chat <= 50; chat++)
        {
            var texts = _api.SentTo(2000 + chat).Select(m => m.Text).ToArray();
            Assert.Equal(3, texts.Length);
            for (var round = 1; round <= 3; round++)
                Assert.StartsWith($"Answer to Question {round} from chat {chat}? [1].", texts[round - 1]);
        }
        Assert.Empty(_api.Rejections);
    }

    [Fact]
    public async Task A_429_is_retried_only_after_its_retry_after()
    {
        // The retrier's pauses and the server's flood deadline run on one fake clock: the test sees the pause the bot
        // chose and moves time on by exactly that, so "not before retry_after" is checked exactly, not raced.
        var clock = new TimerRecordingClock();
        _api.Clock = clock;
        await using var bot = await BotHarness.StartAsync(_api, _data.Path, _answerer, services: s => s.AddSingleton(sp =>
            new TelegramCallRetrier(clock, sp.GetRequiredService<ILogger<TelegramCallRetrier>>())));
        _api.FloodNextSends(count: 1, retryAfterSeconds: 30);
        _api.AddUpdate(FakeUpdates.Text(4001, 4001, "Is flood control honoured?"));

        var pause = await clock.NextTimerAsync();
        Assert.Equal(TimeSpan.FromSeconds(30), pause);
        Assert.Single(_api.Calls, c => c == "sendMessage"); // the fake clock has not moved: nothing retried yet
        clock.Advance(pause);
        var message = Assert.Single(await _api.WaitForMessagesAsync(4001, 1));

        Assert.StartsWith("Answer to Is flood control honoured?", message.Text);
        Assert.Equal(0, _api.FloodViolations);
        Assert.Equal(2, _api.Calls.Count(c => c == "sendMessage"));
    }

    [Fact]
    public async Task Server_errors_are_retried_with_back_off_until_the_message_is_delivered()
    {
        await using var bot = await BotHarness.StartAsync(_api, _data.Path, _answerer);
        _api.FailNextSends(2);
        _api.AddUpdate(FakeUpdates.Text(4002, 4002, "Does a bad gateway lose my answer?"));

        var message = Assert.Single(await _api.WaitForMessagesAsync(4002, 1));

        Assert.StartsWith("Answer to Does a bad gateway lose my answer?", message.Text);
        Assert.Equal(3, _api.Calls.Count(c => c == "sendMessage"));
    }

    [Fact]
    public async Task A_restart_does_not_answer_an_update_twice()
    {
        _api.KeepConfirmedUpdates = true; // as if the bot had stopped before Telegram saw the next offset
        await using (var first = await BotHarness.StartAsync(_api, _data.Path, _answerer))
        {
            for (var i = 1; i <= 3; i++) _api.AddUpdate(FakeUpdates.Text(5001, 5001, $"Before restart {i}?"));
            await _api.WaitForMessagesAsync(5001, 3);
        }

        await using var second = await BotHarness.StartAsync(_api, _data.Path, _answerer);
        _api.AddUpdate(FakeUpdates.Text(5001, 5001, "After restart?"));
        var texts = (await _api.WaitForMessagesAsync(5001, 4)).Select(m => m.Text).ToArray();

        Assert.Equal(4, texts.Length);
        Assert.StartsWith("Answer to After restart?", texts[3]);
        Assert.Equal(4, _answerer.Requests.Count);
    }

    [Fact]
    public async Task Pending_updates_from_before_the_start_are_answered()
    {
        _api.AddUpdate(FakeUpdates.Text(6001, 6001, "Sent while the bot was down?"));

        await using var bot = await BotHarness.StartAsync(_api, _data.Path, _answerer);

        Assert.StartsWith("Answer to Sent while the bot was down?", Assert.Single(await _api.WaitForMessagesAsync(6001, 1)).Text);
    }

    [Fact]
    public async Task Too_many_questions_in_a_minute_get_a_friendly_slow_down()
    {
        await using var bot = await BotHarness.StartAsync(_api, _data.Path, _answerer,
            new Dictionary<string, string?> { ["Telegram:MaxQuestionsPerMinute"] = "2" });
        for (var i = 1; i <= 3; i++) _api.AddUpdate(FakeUpdates.Text(7001, 7001, $"Question {i}?"));

        var texts = (await _api.WaitForMessagesAsync(7001, 3)).Select(m => m.Text).ToArray();

        Assert.StartsWith("Answer to Question 1?", texts[0]);
        Assert.StartsWith("Answer to Question 2?", texts[1]);
        Assert.StartsWith("Please slow down", texts[2]);
        Assert.Equal(2, _answerer.Requests.Count);
    }

    [Fact]
    public async Task Follow_ups_use_only_the_same_chats_history()
    {
        await using var bot = await BotHarness.StartAsync(_api, _data.Path, _answerer);
        _api.AddUpdate(FakeUpdates.Text(8001, 8001, "Worüber berieten Putin und Xi in Tianjin?", "de"));
        await _api.WaitForMessagesAsync(8001, 1);
        _api.AddUpdate(FakeUpdates.Text(8001, 8001, "Und was sagte Lawrow?", "de"));
        _api.AddUpdate(FakeUpdates.Text(8002, 8002, "Und was sagte Lawrow?", "de"));
        await _api.WaitForAsync(all => all.Count >= 3);

        var requests = _answerer.Requests.ToArray();
        var followUp = requests.Single(r => r.Question == "Und was sagte Lawrow?" && r.History.Count > 0);
        Assert.Equal("Worüber berieten Putin und Xi in Tianjin?", Assert.Single(followUp.History).Question);
        Assert.Single(requests, r => r.Question == "Und was sagte Lawrow?" && r.History.Count == 0);
    }

    [Fact]
    public async Task In_groups_the_bot_answers_only_when_addressed()
    {
        await using var bot = await BotHarness.StartAsync(_api, _data.Path, _answerer);
        const long group = -9001;
        _api.AddUpdate(FakeUpdates.Text(group, 1, "Just chatting among ourselves?", chatType: "supergroup"));
        _api.AddUpdate(FakeUpdates.Text(group, 1, "/ask@other_bot Not for us?", chatType: "supergroup"));
        _api.AddUpdate(FakeUpdates.Text(group, 1, $"@{FakeBotApiServer.BotUsername} Who met in Tianjin?", chatType: "supergroup"));
        _api.AddUpdate(FakeUpdates.Text(group, 1, $"/ask@{FakeBotApiServer.BotUsername} Who won?", chatType: "supergroup"));

        var texts = (await _api.WaitForMessagesAsync(group, 2)).Select(m => m.Text).ToArray();

        Assert.StartsWith("Answer to Who met in Tianjin? [1]", texts[0]);
        Assert.StartsWith("Answer to Who won? [1]", texts[1]);
        Assert.Equal(2, _answerer.Requests.Count);
    }

    [Fact]
    public async Task The_command_menu_is_registered_in_english_german_and_for_staff()
    {
        await using var bot = await BotHarness.StartAsync(_api, _data.Path, _answerer);
        _api.AddUpdate(FakeUpdates.Text(9101, 9101, "/start", "de"));
        var welcome = Assert.Single(await _api.WaitForMessagesAsync(9101, 1));

        var menus = _api.CommandMenus.ToArray();
        Assert.Equal(3, menus.Length);
        Assert.Contains(menus, m => m["language_code"]?.GetValue<string>() == "de");
        var staffMenu = menus.Single(m => m["scope"]?["type"]?.GetValue<string>() == "chat");
        Assert.Contains(staffMenu["commands"]!.AsArray(), c => c!["command"]!.GetValue<string>() == "ingest");
        Assert.DoesNotContain(menus[0]["commands"]!.AsArray(), c => c!["command"]!.GetValue<string>() == "ingest");
        Assert.StartsWith("Hallo!", welcome.Text);
        Assert.Contains("/ask – ", welcome.Text);
        Assert.DoesNotContain("/stats", welcome.Text);
        Assert.Empty(_api.Rejections);
    }

    [Fact]
    public async Task A_token_telegram_rejects_stops_polling_with_an_error_naming_the_key()
    {
        await using var bot = await BotHarness.StartAsync(_api, _data.Path, _answerer,
            new Dictionary<string, string?> { ["Telegram:BotToken"] = "987654321:WRONG_token_abcdefghijklmnopqrs" });
        var polling = bot.Host.Services.GetServices<IHostedService>().OfType<TelegramPollingService>().Single();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => polling.ExecuteTask!);

        Assert.Contains("Telegram:BotToken", error.Message);
        Assert.DoesNotContain("WRONG_token", error.Message);
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _data.Dispose();
    }
}
