using Microsoft.Extensions.Logging;

namespace Briefing.Core.Security;

/// <summary>One category's logger behind <see cref="RedactingLoggerProvider"/>.</summary>
internal sealed class RedactingLogger(ILogger inner, SecretRedactor redactor, Lazy<bool> showsStackTraces) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!inner.IsEnabled(logLevel)) return;
        var message = redactor.Redact(formatter(state, exception));
        if (exception is null)
        {
            inner.Log(logLevel, eventId, state, null, (_, _) => message);
            return;
        }
        if (showsStackTraces.Value)
        {
            inner.Log(logLevel, eventId, state, new RedactedException(exception, redactor), (_, _) => message);
            return;
        }
        var reason = redactor.Redact(OneLine(exception));
        var line = message.Contains(reason, StringComparison.Ordinal) ? message : $"{message} ({reason})";
        inner.Log(logLevel, eventId, state, null, (_, _) => line);
    }

    /// <summary>The exception's type and message (and the innermost cause's), on one line.</summary>
    private static string OneLine(Exception exception)
    {
        var innermost = exception;
        while (innermost.InnerException is not null) innermost = innermost.InnerException;
        var text = $"{exception.GetType().Name}: {exception.Message}";
        if (!ReferenceEquals(innermost, exception)) text += $" <- {innermost.GetType().Name}: {innermost.Message}";
        return string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
