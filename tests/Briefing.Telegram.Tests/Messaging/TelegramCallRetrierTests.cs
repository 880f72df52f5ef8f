using Briefing.Telegram.Messaging;
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
}
