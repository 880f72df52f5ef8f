using Briefing.Storage;
using Briefing.Core.Answering;
using Briefing.Core.Ingestion;
using Briefing.Core.Lexicon;
using Briefing.Core.Search;
using Briefing.Core.Tests.Lexicon;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.Core.Tests.Support;

/// <summary>The real engine (Lucene index, ingestion, answering) over a temp data folder, composed as the host does.</summary>
public sealed class EngineFixture : IDisposable
{
    private readonly ServiceProvider _services;

    public EngineFixture(TempFolder folder, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?> { ["Briefing:DataDir"] = folder.Combine("data") };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddBriefingCore(configuration);
        services.AddBriefingStorage(configuration);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    /// <summary>The engine with the FreeDict lexicon compiled from two small dictd texts (English→German, German→English).</summary>
    /// <param name="alsoIndexedAs">Further headwords pointing at an entry, as FreeDict indexes "ECB" at "European Central Bank".</param>
    public static EngineFixture WithDictionaries(TempFolder folder, string englishGerman, string germanEnglish,
        IReadOnlyDictionary<string, string>? alsoIndexedAs = null)
    {
        var dictionaries = folder.Combine("dictd");
        DictdTestFiles.Write(dictionaries, LexiconOptions.EnglishGerman, englishGerman, alsoIndexedAs: alsoIndexedAs);
        DictdTestFiles.Write(dictionaries, LexiconOptions.GermanEnglish, germanEnglish, alsoIndexedAs: alsoIndexedAs);
        var settings = new Dictionary<string, string?>
        {
            ["Lexicon:Folder"] = dictionaries,
            ["Lexicon:CacheFolder"] = folder.Combine("lexicon-cache"),
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new EngineFixture(folder, settings, services => services.AddBriefingLexicon(configuration));
    }

    public IngestionService Ingestion => _services.GetRequiredService<IngestionService>();
    public AnswerService Answers => _services.GetRequiredService<AnswerService>();
    public INewsIndex Index => _services.GetRequiredService<INewsIndex>();
    public IServiceProvider Services => _services;

    public Task<IngestReport> IngestAsync(params string[] inputs) => Ingestion.IngestAsync(inputs, null, CancellationToken.None);

    public Task<Answer> AskAsync(string question, IReadOnlyList<ChatTurn>? history = null) =>
        Answers.AskAsync(new AskRequest(question) { History = history ?? [] }, CancellationToken.None);

    public void Dispose() => _services.Dispose();
}
