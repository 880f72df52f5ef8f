using Briefing.Telegram.Tests.Digests.Support;
using Briefing.Telegram.Tests.Support;

namespace Briefing.Telegram.Tests.Digests;

public sealed class DigestCommandsTests : IDisposable
{
    private readonly DigestChatHost _host = new();

    public DigestCommandsTests() => _host.Add(DigestArticles.JetGerman, DigestArticles.JetEnglish, DigestArticles.MarkupTitle);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Staff_get_the_digest_of_any_day_in_their_language()
    {
        var channel = await _host.SendAsync("/digest 2026-11-24", staff: true, language: "de");

        var text = Assert.Single(channel.Texts);
        Assert.StartsWith("Tagesüberblick 24.11.2026 (UTC)", text);
        Assert.Contains("1. Scholz und Macron einigen sich in Paris auf Kampfjet FCAS", text); // the German report leads for a German reader
        Assert.Contains("2. Coders <b>ship</b>", text);
        Assert.Equal(1, channel.TypingCount);
    }

    [Fact]
    public async Task Others_are_refused_unless_the_digest_is_open_to_all()
    {
        var refused = await _host.SendAsync("/digest 2026-11-24");
        using var open = new DigestChatHost(new Dictionary<string, string?> { ["Digest:OpenToAll"] = "true" });
        open.Add(DigestArticles.JetEnglish);
        var allowed = await open.SendAsync("/digest 2026-11-24");

        Assert.Equal("This command is for staff only.", Assert.Single(refused.Texts));
        Assert.Contains("Scholz and Macron agree", Assert.Single(allowed.Texts));
    }

    [Theory]
    [InlineData("/digest 2026-13-45", "\"2026-13-45\" is not a date like YYYY-MM-DD.")]
    [InlineData("/digest Mars/Base", "I don't know the time zone \"Mars/Base\"")]
    [InlineData("/digest 07:00", "Example: /digest 2026-11-26")]
    public async Task Bad_arguments_get_a_clear_usage_message(string text, string expected)
    {
        var channel = await _host.SendAsync(text, staff: true);

        Assert.Contains(expected, Assert.Single(channel.Texts));
    }

    [Fact]
    public async Task Without_a_date_the_digest_is_todays_in_the_zone_and_yesterday_works_too()
    {
        // The clock says 2026-11-24 18:00 UTC = 2026-11-25 03:00 in Tokyo.
        var tokyo = await _host.SendAsync("/digest Asia/Tokyo", staff: true);
        var yesterday = await _host.SendAsync("/digest yesterday Asia/Tokyo", staff: true);

        Assert.Equal("No articles for 2026-11-25 (Asia/Tokyo).", Assert.Single(tokyo.Texts));
        Assert.StartsWith("Daily digest 2026-11-24 (Asia/Tokyo)", Assert.Single(yesterday.Texts));
    }

    [Fact]
    public async Task Subscribe_and_unsubscribe_for_anyone()
    {
        var subscribed = await _host.SendAsync("/subscribe 07:30 Europe/Berlin", language: "de");

        Assert.Contains("07:30 (Europe/Berlin)", Assert.Single(subscribed.Texts));
        Assert.Contains("des Vortags", subscribed.Texts[0]);
        var subscription = _host.Subscriptions.Find(42);
        Assert.NotNull(subscription);
        Assert.Equal(new TimeOnly(7, 30), subscription.SendAt);
        Assert.Equal("de", subscription.Language);

        var gone = await _host.SendAsync("/unsubscribe");
        var again = await _host.SendAsync("/unsubscribe");
        Assert.StartsWith("Unsubscribed", Assert.Single(gone.Texts));
        Assert.StartsWith("You have no digest subscription", Assert.Single(again.Texts));
        Assert.Null(_host.Subscriptions.Find(42));
    }

    [Theory]
    [InlineData("/subscribe 25:00", "\"25:00\" is not a time like HH:MM")]
    [InlineData("/subscribe 7:30 Atlantis/Capital", "I don't know the time zone \"Atlantis/Capital\"")]
    [InlineData("/subscribe 2026-11-24", "To subscribe to the daily digest")]
    public async Task Bad_subscriptions_are_refused_with_a_reason(string text, string expected)
    {
        var channel = await _host.SendAsync(text);

        Assert.Contains(expected, Assert.Single(channel.Texts));
        Assert.Null(_host.Subscriptions.Find(42));
    }

    [Fact]
    public async Task A_subscriber_gets_one_digest_a_day_in_valid_html()
    {
        await _host.SendAsync("/subscribe 19:00 UTC", language: "en", chatId: 7);
        var scheduler = _host.NewScheduler();

        Assert.Equal(0, await scheduler.SendDueAsync(CancellationToken.None)); // 18:00
        _host.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await scheduler.SendDueAsync(CancellationToken.None));
        Assert.Equal(0, await _host.NewScheduler().SendDueAsync(CancellationToken.None));

        var (chatId, html) = Assert.Single(_host.Messenger.Sent);
        Assert.Equal(7, chatId);
        Assert.All(html, part => Assert.Null(TelegramHtmlValidator.Validate(part)));
        Assert.Contains("<b>Daily digest 2026-11-24 (UTC)</b>", html[0]);
        Assert.Contains("<a href=\"https://wire.example/fcas?a=1&amp;b=2\">", html[0]);
    }
}
