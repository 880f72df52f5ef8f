using Briefing.Core.Tests.Support;
using Briefing.Host;
using Briefing.Host.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Tests.Support;

/// <summary>
/// The program's web host as <c>lab</c> composes it (<see cref="BriefingHostFactory.CreateWebApplication"/>), in this
/// process on a free 127.0.0.1 port, over a temp data folder with a few test articles and a copy of the prompts.
/// </summary>
public sealed class LabServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LabServer(WebApplication app, TempFolder folder, string promptsDir)
    {
        _app = app;
        Folder = folder;
        PromptsDir = promptsDir;
        BaseUrl = app.Urls.First().TrimEnd('/');
    }

    public string BaseUrl { get; }
    public TempFolder Folder { get; }
    /// <summary>The prompts folder the lab edits (a copy of the repository's prompts/).</summary>
    public string PromptsDir { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="settings">Extra configuration (model, Telegram), laid over the test defaults.</param>
    public static async Task<LabServer> StartAsync(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = new TempFolder();
        var promptsDir = CopyPrompts(folder.Combine("prompts"));
        var news = TestNews.Write(folder);
        var overrides = new Dictionary<string, string?>
        {
            ["Web:Urls"] = "http://127.0.0.1:0",
            ["Briefing:DataDir"] = folder.Combine("data"),
            ["Briefing:Sources:0"] = news,
            ["Llm:PromptsDir"] = promptsDir,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) overrides[key] = value;
        var app = BriefingHostFactory.CreateWebApplication(overrides);
        // As the lab verb does: the start-up checks (they also switch the metrics listeners on), then the sources.
        app.Services.GetService<IStartupValidator>()?.Validate();
        await ConfiguredSources.IngestAsync(app.Services, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("test"), CancellationToken.None);
        await app.StartAsync();
        return new LabServer(app, folder, promptsDir);
    }

    public static string CopyPrompts(string target)
    {
        var source = Path.Combine(RepoPaths.Root, "prompts");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Folder.Dispose();
    }
}
