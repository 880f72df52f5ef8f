using Briefing.Telegram.Configuration;
using Briefing.Telegram.Conversation;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Telegram.Tests.Conversation;

public class QuestionRateLimiterTests
{
    [Fact]
    public void Allows_the_configured_questions_per_minute_per_user_then_again_after_the_window()
    {
        var time = new FakeTimeProvider();
        var limiter = new QuestionRateLimiter(Options.Create(new TelegramOptions { MaxQuestionsPerMinute = 3 }), time, new LocalQuestionWindows());

        Assert.True(limiter.TryAcquire("1") && limiter.TryAcquire("1") && limiter.TryAcquire("1"));
        Assert.False(limiter.TryAcquire("1"));
        Assert.True(limiter.TryAcquire("2"));
        time.Advance(TimeSpan.FromSeconds(61));
        Assert.True(limiter.TryAcquire("1"));
    }
}
