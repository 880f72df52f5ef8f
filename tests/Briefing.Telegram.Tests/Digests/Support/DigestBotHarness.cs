using Briefing.Storage;
using Briefing.Core;
using Briefing.Core.Articles;
using Briefing.Core.Digests;
using Briefing.Core.Digests.Scheduling;
using Briefing.Core.Lexicon;
using Briefing.Core.Search;
using Briefing.Telegram.Digests;
using Briefing.Telegram.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Telegram.Tests.Digests.Support;

/// <summary>The bot composed as the host composes it, digests included, polling a <see cref="FakeBotApiServer"/>.</summary>
internal sealed class DigestBotHarness : IAsyncDisposable
{
    private DigestBotHarness(IHost host) => Host = host;

    public IHost Host { get; }
    public ISubscriptionStore Subscriptions => Host.Services.GetRequiredService<ISubscriptionStore>();
    public DigestScheduler Scheduler => Host.Services.GetServices<IHostedService>().OfType<DigestScheduler>().Single();

    public static async Task<DigestBotHarness> StartAsync(FakeBotApiServer api, string dataDir)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Briefing:DataDir"] = dataDir,
            ["Telegram:BotToken"] = FakeBotApiServer.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Telegram:PerChatMessageIntervalMs"] = "20",
            ["Telegram:GlobalMessagesPerSecond"] = "200",
            ["Telegram:StaffUserIds:0"] = BotHarness.StaffUserId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // The hosted scheduler stays asleep during the test; the test runs its passes itself.
            ["Digest:SchedulerPollInterval"] = "01:00:00",
            ["Lexicon:Enabled"] = "false",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddBriefingCore(builder.Configuration);
        builder.Services.AddBriefingStorage(builder.Configuration);
        builder.Services.AddBriefingDigests(builder.Configuration);
        builder.Services.AddBriefingLexicon(builder.Configuration);
        builder.Services.AddBriefingTelegram(builder.Configuration);
        builder.Services.AddBriefingTelegramDigests(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return new DigestBotHarness(host);
    }

    public void Add(params Article[] articles)
    {
        var index = Host.Services.GetRequiredService<INewsIndex>();
        foreach (var article in articles) index.Upsert(article, PassageChunker.Chunk(article), ArticleContentHash.Compute(article) + article.Id);
        index.Commit();
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}
