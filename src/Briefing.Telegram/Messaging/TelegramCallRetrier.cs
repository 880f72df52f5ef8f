using Briefing.Core.Diagnostics;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;

namespace Briefing.Telegram.Messaging;

/// <summary>
/// Retries Bot API calls: a 429 after its <c>retry_after</c>, 5xx and network errors with exponential back-off.
/// Other 4xx errors mean the request itself is wrong and are not retried.
/// </summary>
public sealed class TelegramCallRetrier(TimeProvider time, ILogger<TelegramCallRetrier> logger, BriefingMetrics? metrics = null)
{
    public const int DefaultMaxAttempts = 6;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    public async Task<T> RunAsync<T>(string method, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken, int maxAttempts = DefaultMaxAttempts)
    {
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan delay;
            try
            {
                return await call(cancellationToken);
            }
            catch (Exception ex) when (attempt < maxAttempts && RetryDelay(ex, attempt, cancellationToken) is { } wait)
            {
                logger.LogWarning(ex, "Telegram {Method} failed (attempt {Attempt}); retrying in {DelaySeconds:0.#} s", method, attempt, wait.TotalSeconds);
                delay = wait;
                metrics?.TelegramCallRetried(method, ex is ApiRequestException { ErrorCode: 429 });
            }
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    public Task RunAsync(string method, Func<CancellationToken, Task> call, CancellationToken cancellationToken, int maxAttempts = DefaultMaxAttempts) =>
        RunAsync(method, async token => { await call(token); return true; }, cancellationToken, maxAttempts);

    /// <summary>How long to wait before retrying after <paramref name="error"/>; null when a retry cannot help.</summary>
    public static TimeSpan? RetryDelay(Exception error, int attempt, CancellationToken cancellationToken) => error switch
    {
        ApiRequestException { Parameters.RetryAfter: { } seconds } => TimeSpan.FromSeconds(Math.Max(1, seconds)),
        ApiRequestException { ErrorCode: 429 or >= 500 } => Backoff(attempt),
        ApiRequestException => null,
        RequestException or HttpRequestException => Backoff(attempt),
        OperationCanceledException when !cancellationToken.IsCancellationRequested => Backoff(attempt),
        _ => null,
    };

    private static TimeSpan Backoff(int attempt)
    {
        var seconds = 0.5 * Math.Pow(2, Math.Min(attempt - 1, 10));
        return TimeSpan.FromSeconds(Math.Min(seconds, MaxBackoff.TotalSeconds));
    }
}
