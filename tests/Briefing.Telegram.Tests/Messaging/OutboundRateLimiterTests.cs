using Briefing.Telegram.Configuration;
using Briefing.Telegram.Messaging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Telegram.Tests.Messaging;

public class OutboundRateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    private OutboundRateLimiter Limiter(int perChatMs = 1000, int globalPerSecond = 25) =>
        new(Options.Create(new TelegramOptions { PerChatMessageIntervalMs = perChatMs, GlobalMessagesPerSecond = globalPerSecond }), _time);

    [Fact]
    public async Task A_second_message_to_the_same_chat_waits_a_second_while_other_chats_go_at_once()
    {
        var limiter = Limiter();
        await limiter.WaitAsync(1, default);

        var sameChat = limiter.WaitAsync(1, default);
        var otherChat = limiter.WaitAsync(2, default);
        _time.Advance(TimeSpan.FromMilliseconds(100));
        await otherChat;

        Assert.False(sameChat.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(900));
        await sameChat;
    }

    [Fact]
    public async Task The_global_rate_spaces_messages_across_chats_and_queues_rather_than_drops()
    {
        var limiter = Limiter(perChatMs: 0, globalPerSecond: 10);
        var sends = Enumerable.Range(1, 20).Select(chat => limiter.WaitAsync(chat, default)).ToArray();

        _time.Advance(TimeSpan.FromMilliseconds(950));

        // The first ten slots (0, 100, ..., 900 ms) are due: they complete. The other ten are due at 1,000 ms and
        // later on the fake clock, so they cannot have completed, however fast or slow this machine is.
        await Task.WhenAll(sends.Take(10)).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.All(sends.Skip(10), send => Assert.False(send.IsCompleted));
        _time.Advance(TimeSpan.FromSeconds(1));
        await Task.WhenAll(sends).WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_chats_next_message_keeps_its_interval_from_a_send_the_global_limit_held_back()
    {
        var limiter = Limiter(perChatMs: 1000, globalPerSecond: 2);
        var others = Enumerable.Range(2, 3).Select(chat => limiter.WaitAsync(chat, default)).ToArray(); // global slots 0, 0.5, 1 s
        var held = limiter.WaitAsync(1, default);      // chat 1 is free at once, but the global limit holds it until 1.5 s
        _time.Advance(TimeSpan.FromMilliseconds(1500));
        await Task.WhenAll([.. others, held]).WaitAsync(TimeSpan.FromSeconds(30));

        var next = limiter.WaitAsync(1, default);      // chat 1's own slot (1 s) has passed, the global one is at 2 s
        _time.Advance(TimeSpan.FromMilliseconds(900));
        Assert.False(next.IsCompleted);                // yet its last message went at 1.5 s: not before 2.5 s
        _time.Advance(TimeSpan.FromMilliseconds(100));
        await next.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_chats_next_message_waits_its_interval_from_when_telegram_answered_the_last_one()
    {
        var limiter = Limiter();
        await limiter.WaitAsync(1, default);           // leaves at 0 s
        _time.Advance(TimeSpan.FromMilliseconds(400)); // a slow request: Telegram answers at 0.4 s
        limiter.Answered(1);

        var next = limiter.WaitAsync(1, default);
        _time.Advance(TimeSpan.FromMilliseconds(600));
        Assert.False(next.IsCompleted);                // 1 s after the first left, but only 0.6 s after Telegram had it
        _time.Advance(TimeSpan.FromMilliseconds(400));
        await next.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
