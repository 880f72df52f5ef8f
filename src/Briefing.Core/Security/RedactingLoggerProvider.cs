using Microsoft.Extensions.Logging;

namespace Briefing.Core.Security;

/// <summary>
/// Wraps a logger provider (the console) so that every line it writes has passed <see cref="SecretRedactor"/>, and
/// exceptions are one line (type and message) unless Debug is enabled for the category — stack traces are for
/// debugging, and a retried timeout should not fill stderr with them.
/// </summary>
/// <param name="debugEnabled">Whether the logging configuration enables Debug for a category (the filter lives in the
/// logger factory, not in the provider's loggers, so it is asked from outside).</param>
public sealed class RedactingLoggerProvider(ILoggerProvider inner, SecretRedactor redactor, Func<string, bool> debugEnabled)
    : ILoggerProvider, ISupportExternalScope
{
    public ILogger CreateLogger(string categoryName) =>
        new RedactingLogger(inner.CreateLogger(categoryName), redactor, new Lazy<bool>(() => debugEnabled(categoryName)));

    public void SetScopeProvider(IExternalScopeProvider scopeProvider)
    {
        if (inner is ISupportExternalScope scoped) scoped.SetScopeProvider(scopeProvider);
    }

    public void Dispose() => inner.Dispose();
}
