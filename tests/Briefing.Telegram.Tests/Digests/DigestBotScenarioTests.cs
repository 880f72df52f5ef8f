using Briefing.Core.Digests;
using Briefing.Telegram.Tests.Digests.Support;
using Briefing.Telegram.Tests.Support;

namespace Briefing.Telegram.Tests.Digests;

/// <summary>Digests over the wire: the real polling bot and messenger against the fake Bot API, which checks the HTML like Telegram.</summary>
public sealed class DigestBotScenarioTests : IAsyncLifetime
{
    private const long StaffChat = 500;
    private const long ReaderChat = 501;
    private readonly TempFolder _data = new();
    private FakeBotApiServer _api = null!;
    private DigestBotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeBotApiServer.StartAsync();
        _bot = await DigestBotHarness.StartAsync(_api, _data.Path);
        _bot.Add(DigestArticles.JetGerman, DigestArticles.JetEnglish, DigestArticles.MarkupTitle);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task Staff_request_a_day_and_get_valid_html()
    {
        _api.AddUpdate(FakeUpdates.Text(StaffChat, BotHarness.StaffUserId, "/digest 2026-11-24", "de"));

        var reply = Assert.Single(await _api.WaitForMessagesAsync(StaffChat, 1));

        Assert.Empty(_api.Rejections);
        Assert.StartsWith("Tagesüberblick 24.11.2026 (UTC)", reply.Text);
        Assert.Contains("<b>1. Scholz und Macron einigen sich in Paris auf Kampfjet FCAS</b>", reply.Html);
        Assert.Contains("Coders <b>ship</b>", reply.Text); // shown literally, not as markup
    }

    [Fact]
    public async Task A_reader_subscribes_and_the_scheduler_delivers_once()
    {
        _api.AddUpdate(FakeUpdates.Text(ReaderChat, 7001, "/subscribe 19:00 UTC", "en"));
        var confirmation = Assert.Single(await _api.WaitForMessagesAsync(ReaderChat, 1));
        Assert.Contains("every day at 19:00 (UTC)", confirmation.Text);

        // Make today's digest due now, whatever the real clock says: a 00:00 (morning) subscription brings yesterday.
        var subscription = _bot.Subscriptions.Find(ReaderChat)!;
        var today = DayWindow.DateAt(DateTimeOffset.UtcNow, TimeZoneInfo.Utc);
        var yesterdayNoon = new DateTimeOffset(today.AddDays(-1).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        _bot.Add(DigestArticles.JetEnglish with { Id = "yesterday-jet", Published = yesterdayNoon });
        _bot.Subscriptions.Subscribe(ReaderChat, new TimeOnly(0, 0), TimeZoneInfo.Utc, subscription.Language);
        _bot.Subscriptions.Release(ReaderChat, today, previous: null);

        Assert.Equal(1, await _bot.Scheduler.SendDueAsync(CancellationToken.None));
        Assert.Equal(0, await _bot.Scheduler.SendDueAsync(CancellationToken.None));
        var messages = await _api.WaitForMessagesAsync(ReaderChat, 2);

        Assert.Equal(2, messages.Count);
        Assert.Empty(_api.Rejections);
        Assert.StartsWith($"Daily digest {today.AddDays(-1):yyyy-MM-dd} (UTC)", messages[1].Text);
        Assert.Contains("Scholz and Macron agree on FCAS fighter jet in Paris", messages[1].Text);
    }
}
