using Briefing.Storage;
using Briefing.Core.Articles;
using Briefing.Core.Digests;
using Briefing.Core.Lexicon;
using Briefing.Core.Llm;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Core.Tests.Digests.Support;

/// <summary>
/// The engine and the digest services over a temp data folder (real Lucene index, real state.db), on a fake clock;
/// pass <c>clock</c> to put several hosts (instances on one database) on one clock.
/// </summary>
internal sealed class DigestTestHost : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ServiceProvider _services;

    public DigestTestHost(IDictionary<string, string?>? settings = null, DateTimeOffset? now = null, Action<IServiceCollection>? configure = null,
        FakeTimeProvider? clock = null)
    {
        Clock = clock ?? new FakeTimeProvider(now ?? StoryArticles.Day);
        // The system's FreeDict lexicon is off unless a test brings its own: results must not depend on the machine.
        var values = new Dictionary<string, string?> { ["Briefing:DataDir"] = _folder.Combine("data"), ["Lexicon:Enabled"] = "false" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddBriefingCore(configuration);
        services.AddBriefingStorage(configuration);
        services.AddBriefingDigests(configuration);
        services.AddBriefingLexicon(configuration);
        if (configuration["Llm:Provider"] is not null) services.AddBriefingLlm(configuration);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; }
    public IServiceProvider Services => _services;
    public string DataDir => _folder.Combine("data");
    public INewsIndex Index => _services.GetRequiredService<INewsIndex>();
    public DigestBuilder Builder => _services.GetRequiredService<DigestBuilder>();
    public string Folder => _folder.Path;

    public void Add(params Article[] articles)
    {
        foreach (var article in articles) Index.Upsert(article, PassageChunker.Chunk(article), ArticleContentHash.Compute(article) + article.Id);
        Index.Commit();
    }

    public void Dispose()
    {
        _services.Dispose();
        _folder.Dispose();
    }
}
