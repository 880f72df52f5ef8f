using Briefing.Storage;
using System.Collections.Concurrent;
using Briefing.Core;
using Briefing.Telegram.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace Briefing.Telegram.Tests.Security;

public sealed class TokenLoggingTests
{
    [Fact]
    public async Task The_bot_token_never_appears_in_logs_even_at_trace_level()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var dataDir = Path.Combine(Path.GetTempPath(), "briefing-token-log", Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Briefing:DataDir"] = dataDir,
            ["Telegram:BotToken"] = FakeBotApiServer.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
        }).Build();
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddBriefingCore(configuration);
        services.AddBriefingStorage(configuration);
        services.AddBriefingTelegram(configuration);
        await using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<ILogger<TokenLoggingTests>>().LogTrace("capture works");
        await provider.GetRequiredService<ITelegramBotClient>().SendMessage(7, "hello");

        Assert.Contains(logs.Messages, m => m.Contains("capture works")); // Trace-level logs are captured
        Assert.DoesNotContain(logs.Messages, m => m.Contains(FakeBotApiServer.Token, StringComparison.Ordinal));
        if (Directory.Exists(dataDir)) Directory.Delete(dataDir, recursive: true);
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(Messages);

        public void Dispose()
        {
        }

        private sealed class CapturingLogger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception) + exception);
        }
    }
}
