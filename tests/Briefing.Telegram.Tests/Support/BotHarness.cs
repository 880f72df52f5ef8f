using Briefing.Storage;
using Briefing.Core;
using Briefing.Telegram.Conversation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Telegram.Tests.Support;

/// <summary>
/// The bot as the host runs it (core engine + Telegram polling) against a <see cref="FakeBotApiServer"/>, with its
/// own temporary data folder. Pass a <see cref="FakeAnswerer"/> to replace the answering engine, and
/// <c>services</c> to register replacements (added before the bot's own registrations, which only fill what is missing).
/// </summary>
public sealed class BotHarness : IAsyncDisposable
{
    public const long StaffUserId = 42;

    private BotHarness(IHost host) => Host = host;

    public IHost Host { get; }

    public static async Task<BotHarness> StartAsync(FakeBotApiServer api, string dataDir, FakeAnswerer? answerer = null, IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Briefing:DataDir"] = dataDir,
            ["Telegram:BotToken"] = FakeBotApiServer.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Telegram:PerChatMessageIntervalMs"] = "20",
            ["Telegram:GlobalMessagesPerSecond"] = "200",
            ["Telegram:StaffUserIds:0"] = StaffUserId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) configuration[key] = value;

        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddBriefingCore(builder.Configuration);
        builder.Services.AddBriefingStorage(builder.Configuration);
        if (answerer is not null) builder.Services.AddSingleton<IQuestionAnswerer>(answerer);
        services?.Invoke(builder.Services);
        builder.Services.AddBriefingTelegram(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return new BotHarness(host);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}
