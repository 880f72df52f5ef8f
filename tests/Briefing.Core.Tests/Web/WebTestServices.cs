using Briefing.Storage;
using Briefing.Core.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Web;

/// <summary>The real composition (AddBriefingCore + AddBriefingWeb) over a temporary data folder.</summary>
internal sealed class WebTestServices : IDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "briefing-web-tests-" + Guid.NewGuid().ToString("N"));

    public WebTestServices(bool allowPrivateNetworks = true, Dictionary<string, string?>? settings = null, TimeProvider? timeProvider = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Briefing:DataDir"] = _dataDir,
            ["Briefing:MaxInputBytes"] = (1024 * 1024).ToString(),
            ["Ingestion:AllowPrivateNetworks"] = allowPrivateNetworks ? "true" : "false",
            ["Ingestion:RequestTimeout"] = "00:00:05",
            ["Ingestion:Retries"] = "0",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        Configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        if (timeProvider is not null) services.AddSingleton(timeProvider);
        services.AddBriefingCore(Configuration).AddBriefingWeb(Configuration).AddBriefingStorage(Configuration);
        Provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public IConfiguration Configuration { get; }
    public ServiceProvider Provider { get; }
    public WebArticleSource Source => Provider.GetRequiredService<WebArticleSource>();

    public async Task<List<Briefing.Core.Articles.ArticleReadResult>> ReadAllAsync(string input)
    {
        var results = new List<Briefing.Core.Articles.ArticleReadResult>();
        await foreach (var result in Source.ReadAsync(input, CancellationToken.None)) results.Add(result);
        return results;
    }

    public void Dispose()
    {
        Provider.Dispose();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // A pooled SQLite handle may linger briefly; the temp folder is cleaned by the OS later.
        }
    }
}
