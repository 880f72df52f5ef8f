using Briefing.Telegram.Messaging;
using Microsoft.Extensions.Logging;

namespace Briefing.Telegram.Tests.Messaging;

/// <summary>Records the delay of every retry the retrier announces (its "retrying in {DelaySeconds}" warning).</summary>
internal sealed class RetryDelayLog : ILogger<TelegramCallRetrier>
{
    private readonly List<double> _delays = [];

    public IReadOnlyList<double> DelaysSeconds
    {
        get { lock (_delays) return [.. _delays]; }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (state is not IReadOnlyList<KeyValuePair<string, object?>> values) return;
        foreach (var (key, value) in values)
            if (key == "DelaySeconds" && value is double seconds) lock (_delays) _delays.Add(seconds);
    }
}
