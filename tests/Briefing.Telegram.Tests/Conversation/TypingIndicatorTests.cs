using Briefing.Telegram.Conversation;
using Briefing.Telegram.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Telegram.Tests.Conversation;

public class TypingIndicatorTests
{
    [Fact]
    public async Task Typing_is_repeated_while_a_slow_answer_is_written_and_stops_when_it_is_done()
    {
        var time = new FakeTimeProvider();
        var channel = new RecordingChannel();
        var answer = new TaskCompletionSource<string>();

        var working = TypingIndicator.WhileAsync(channel, time, () => answer.Task, default);
        for (var i = 0; i < 3; i++)
        {
            time.Advance(TypingIndicator.RepeatEvery);
            await WaitUntil(() => channel.TypingCount >= i + 2);
        }
        answer.SetResult("done");
        Assert.Equal("done", await working);
        var afterDone = channel.TypingCount;
        time.Advance(TypingIndicator.RepeatEvery * 3);
        await Task.Delay(20);

        Assert.Equal(4, afterDone);
        Assert.Equal(afterDone, channel.TypingCount);
    }

    /// <summary>The timer's continuation runs on the thread pool; give it time on a busy machine.</summary>
    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(10);
    }
}
