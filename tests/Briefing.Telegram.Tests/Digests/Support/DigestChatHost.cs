using Briefing.Storage;
using Briefing.Core;
using Briefing.Core.Articles;
using Briefing.Core.Digests;
using Briefing.Core.Digests.Scheduling;
using Briefing.Core.Lexicon;
using Briefing.Core.Search;
using Briefing.Telegram.Commands;
using Briefing.Telegram.Conversation;
using Briefing.Telegram.Messaging;
using Briefing.Telegram.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Telegram.Tests.Digests.Support;

/// <summary>The digest commands behind the real router, over a real index and state.db in a temp folder, on a fake clock.</summary>
internal sealed class DigestChatHost : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefing-telegram-digests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    public DigestChatHost(IDictionary<string, string?>? settings = null, DateTimeOffset? now = null)
    {
        Clock = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 24, 18, 0, 0, TimeSpan.Zero));
        var values = new Dictionary<string, string?> { ["Briefing:DataDir"] = Path.Combine(_folder, "data"), ["Lexicon:Enabled"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddBriefingCore(configuration);
        services.AddBriefingStorage(configuration);
        services.AddBriefingDigests(configuration);
        services.AddBriefingLexicon(configuration);
        services.AddSingleton<IChatMessenger>(Messenger);
        services.AddSingleton<IDigestDelivery, Briefing.Telegram.Digests.TelegramDigestDelivery>();
        _services = services.BuildServiceProvider();
        Router = new ConversationRouter(
            [new DigestCommand(_services), new SubscribeCommand(_services), new UnsubscribeCommand(_services)],
            new BotStatistics(Clock), NullLogger<ConversationRouter>.Instance);
    }

    public FakeTimeProvider Clock { get; }
    public RecordingMessenger Messenger { get; } = new();
    public ConversationRouter Router { get; }
    public ISubscriptionStore Subscriptions => _services.GetRequiredService<ISubscriptionStore>();
    public DigestScheduler NewScheduler() => ActivatorUtilities.CreateInstance<DigestScheduler>(_services);

    public void Add(params Article[] articles)
    {
        var index = _services.GetRequiredService<INewsIndex>();
        foreach (var article in articles) index.Upsert(article, PassageChunker.Chunk(article), ArticleContentHash.Compute(article) + article.Id);
        index.Commit();
    }

    public async Task<RecordingChannel> SendAsync(string text, bool staff = false, string language = "en", long chatId = 42)
    {
        var channel = new RecordingChannel();
        var message = new IncomingMessage
        {
            ConversationId = $"telegram:{chatId}", ChatId = chatId, UserId = chatId, UserLanguage = language, Text = text, IsStaff = staff,
        };
        await Router.HandleMessageAsync(message, channel, CancellationToken.None);
        return channel;
    }

    public void Dispose()
    {
        _services.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* best effort */ }
    }
}
