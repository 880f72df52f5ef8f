using System.Collections.Concurrent;
using Briefing.Core.Diagnostics;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Telegram.Bot.Exceptions;

namespace Briefing.Telegram.Messaging;

/// <summary>
/// Retries Bot API calls through a Polly retry pipeline (the same library as the model's and the web's HTTP
/// pipelines): a 429 waits exactly its <c>retry_after</c>; 5xx and network errors back off exponentially with jitter
/// (so many chats hit by one outage do not retry in lockstep), capped at 30 s. Other 4xx errors mean the request
/// itself is wrong and are not retried. Delays run on the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class TelegramCallRetrier(TimeProvider time, ILogger<TelegramCallRetrier> logger, BriefingMetrics? metrics = null)
{
    public const int DefaultMaxAttempts = 6;
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(0.5);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private static readonly ResiliencePropertyKey<string> MethodKey = new("telegram.method");

    private readonly ConcurrentDictionary<int, ResiliencePipeline> _pipelines = new();

    public async Task<T> RunAsync<T>(string method, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken, int maxAttempts = DefaultMaxAttempts)
    {
        var pipeline = _pipelines.GetOrAdd(maxAttempts, Build);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(MethodKey, method);
        try
        {
            return await pipeline.ExecuteAsync(async (ctx, state) => await state(ctx.CancellationToken), context, call);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    public Task RunAsync(string method, Func<CancellationToken, Task> call, CancellationToken cancellationToken, int maxAttempts = DefaultMaxAttempts) =>
        RunAsync(method, async token => { await call(token); return true; }, cancellationToken, maxAttempts);

    /// <summary>
    /// How long the polling loop waits after <paramref name="error"/> (no jitter: one loop, nobody to collide
    /// with); null when a retry cannot help. The same classification as the pipeline's.
    /// </summary>
    public static TimeSpan? RetryDelay(Exception error, int attempt, CancellationToken cancellationToken)
    {
        if (!IsTransient(error, cancellationToken)) return null;
        return RetryAfter(error) ?? TimeSpan.FromSeconds(Math.Min(FirstBackoff.TotalSeconds * Math.Pow(2, Math.Min(attempt - 1, 10)), MaxBackoff.TotalSeconds));
    }

    private static bool IsTransient(Exception error, CancellationToken cancellationToken) => error switch
    {
        ApiRequestException { Parameters.RetryAfter: not null } => true,
        ApiRequestException { ErrorCode: 429 or >= 500 } => true,
        ApiRequestException => false,
        RequestException or HttpRequestException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>Telegram's flood control says how long to wait: exactly that (at least 1 s), never less.</summary>
    private static TimeSpan? RetryAfter(Exception error) =>
        error is ApiRequestException { Parameters.RetryAfter: { } seconds } ? TimeSpan.FromSeconds(Math.Max(1, seconds)) : null;

    private ResiliencePipeline Build(int maxAttempts) => new ResiliencePipelineBuilder { TimeProvider = time }
        .AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = maxAttempts == int.MaxValue ? int.MaxValue : Math.Max(0, maxAttempts - 1),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = FirstBackoff,
            MaxDelay = MaxBackoff,
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } error && IsTransient(error, args.Context.CancellationToken)),
            DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is { } error ? RetryAfter(error) : null),
            OnRetry = args =>
            {
                logger.LogWarning(args.Outcome.Exception, "Telegram {Method} failed (attempt {Attempt}); retrying in {DelaySeconds:0.#} s",
                    args.Context.Properties.GetValue(MethodKey, "call"), args.AttemptNumber + 1, args.RetryDelay.TotalSeconds);
                metrics?.TelegramCallRetried(args.Context.Properties.GetValue(MethodKey, "call"), args.Outcome.Exception is ApiRequestException { ErrorCode: 429 });
                return ValueTask.CompletedTask;
            },
        })
        .Build();
}
