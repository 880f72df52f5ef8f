using Briefing.Telegram.Commands;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Telegram.Tests.Commands;

public sealed class PendingRemovalsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_token_names_its_article_once_and_only_in_its_own_chat()
    {
        var pending = new PendingRemovals(_time);
        var token = pending.Add("telegram:1", "https://example.org/a");

        Assert.Null(pending.Take(token, "telegram:2"));
        Assert.True(pending.IsPending(token, "telegram:1"));
        Assert.Equal("https://example.org/a", pending.Take(token, "telegram:1"));
        Assert.Null(pending.Take(token, "telegram:1"));
    }

    [Fact]
    public void A_token_expires_after_its_lifetime()
    {
        var pending = new PendingRemovals(_time);
        var token = pending.Add("telegram:1", "a");

        _time.Advance(PendingRemovals.Lifetime);

        Assert.False(pending.IsPending(token, "telegram:1"));
        Assert.Null(pending.Take(token, "telegram:1"));
    }
}
