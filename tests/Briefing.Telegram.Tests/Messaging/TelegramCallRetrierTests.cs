using Briefing.Telegram.Messaging;
using Microsoft.Extensions.Time.Testing;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace Briefing.Telegram.Tests.Messaging;

public class TelegramCallRetrierTests
{
    [Fact]
    public void Flood_control_waits_exactly_retry_after()
    {
        var tooMany = new ApiRequestException("Too Many Requests", 429, new ResponseParameters { RetryAfter = 7 });

        Assert.Equal(TimeSpan.FromSeconds(7), TelegramCallRetrier.RetryDelay(tooMany, 1, default));
    }

    [Fact]
    public void Server_and_network_errors_back_off_exponentially_up_to_a_cap()
    {
        var serverError = new ApiRequestException("Bad Gateway", 502);
        var network = new RequestException("connection refused", new HttpRequestException());

        Assert.Equal(TimeSpan.FromSeconds(0.5), TelegramCallRetrier.RetryDelay(serverError, 1, default));
        Assert.Equal(TimeSpan.FromSeconds(2), TelegramCallRetrier.RetryDelay(network, 3, default));
        Assert.Equal(TimeSpan.FromSeconds(30), TelegramCallRetrier.RetryDelay(network, 20, default));
    }

    [Fact]
    public void Bad_requests_are_not_retried()
    {
        Assert.Null(TelegramCallRetrier.RetryDelay(new ApiRequestException("Bad Request: chat not found", 400), 1, default));
        Assert.Null(TelegramCallRetrier.RetryDelay(new ApiRequestException("Forbidden: bot was blocked by the user", 403), 1, default));
    }

    [Fact]
    public async Task The_pipeline_waits_a_429s_retry_after_exactly_and_then_succeeds()
    {
        var time = new FakeTimeProvider();
        var log = new RetryDelayLog();
        var attempts = 0;
        var run = new TelegramCallRetrier(time, log).RunAsync("sendMessage", _ => ++attempts == 1
            ? throw new ApiRequestException("Too Many Requests", 429, new ResponseParameters { RetryAfter = 7 })
            : Task.FromResult("sent"), CancellationToken.None);

        Assert.Equal([7.0], log.DelaysSeconds);
        Assert.False(run.IsCompleted);
        Assert.Equal("sent", await AdvanceUntilDone(time, run));
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task Server_errors_are_retried_with_jittered_delays_never_beyond_the_cap()
    {
        var log = new RetryDelayLog();
        for (var i = 0; i < 12; i++)
        {
            var time = new FakeTimeProvider();
            var attempts = 0;
            var run = new TelegramCallRetrier(time, log).RunAsync("sendMessage", _ => ++attempts == 1
                ? throw new ApiRequestException("Bad Gateway", 502)
                : Task.FromResult(true), CancellationToken.None);
            Assert.True(await AdvanceUntilDone(time, run));
        }

        Assert.Equal(12, log.DelaysSeconds.Count);
        // Polly's decorrelated jitter draws the first retry's delay from zero up to about 1.4 × FirstBackoff: a draw near zero is a
        // valid delay (one CI run drew 0.003 s against an old lower bound of 0.01), so only the cap is a bound.
        Assert.All(log.DelaysSeconds, seconds => Assert.InRange(seconds, 0, 30));
        Assert.True(log.DelaysSeconds.Distinct().Count() > 1, "jitter: twelve first retries should not all wait the same");
    }

    [Fact]
    public async Task A_bad_request_fails_at_once_without_a_retry()
    {
        var log = new RetryDelayLog();
        var attempts = 0;

        await Assert.ThrowsAsync<ApiRequestException>(() => new TelegramCallRetrier(new FakeTimeProvider(), log).RunAsync<bool>(
            "sendMessage", _ => { attempts++; throw new ApiRequestException("Bad Request: chat not found", 400); }, CancellationToken.None));

        Assert.Equal(1, attempts);
        Assert.Empty(log.DelaysSeconds);
    }

    /// <summary>Moves fake time on in one-second steps until the retried call completes (bounded).</summary>
    private static async Task<T> AdvanceUntilDone<T>(FakeTimeProvider time, Task<T> run)
    {
        for (var step = 0; step < 120 && !run.IsCompleted; step++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Yield();
        }
        return await run.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
