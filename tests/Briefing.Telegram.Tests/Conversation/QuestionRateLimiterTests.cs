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

    [Fact]
    public void Senders_with_no_question_within_the_window_are_forgotten()
    {
        var time = new FakeTimeProvider();
        var windows = new LocalQuestionWindows();
        var limiter = new QuestionRateLimiter(Options.Create(new TelegramOptions { MaxQuestionsPerMinute = 2 }), time, windows);
        Assert.True(limiter.TryAcquire("1"));
        time.Advance(TimeSpan.FromSeconds(45));
        Assert.True(limiter.TryAcquire("2") && limiter.TryAcquire("2"));
        Assert.Equal(2, windows.Count);

        time.Advance(TimeSpan.FromSeconds(16)); // "1" asked 61 s ago, "2" 16 s ago
        Assert.True(limiter.TryAcquire("3"));

        Assert.Equal(2, windows.Count);           // "1" is forgotten, "2" and "3" are remembered
        Assert.False(limiter.TryAcquire("2"));    // ... with their questions still counted
        Assert.True(limiter.TryAcquire("1") && limiter.TryAcquire("1"));
        Assert.False(limiter.TryAcquire("1"));
    }
}
