using Briefing.Core.Answering;
using Briefing.Core.Composition;
using Briefing.Core.Configuration;
using Briefing.Core.Llm;
using Briefing.Core.Search;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Core.Tests.Llm;

/// <summary>
/// A service provider composed like the host's (<c>AddBriefingLlm</c> after an extractive generator), pointed at a
/// <see cref="FakeOpenAiServer"/>, with its own copy of the repository's prompts in a temp folder.
/// </summary>
internal sealed class LlmTestHost : IDisposable
{
    private readonly ServiceProvider services;

    private LlmTestHost(FakeOpenAiServer server, ServiceProvider services, string promptsDir, FakeTimeProvider? time)
    {
        Server = server;
        this.services = services;
        PromptsDir = promptsDir;
        Time = time;
    }

    public FakeOpenAiServer Server { get; }
    public string PromptsDir { get; }
    public FakeTimeProvider? Time { get; }
    public IServiceProvider Services => services;

    /// <summary>The generator the answer service would use: the active one.</summary>
    public IAnswerGenerator Generator => services.GetRequiredService<IAnswerGenerator>();

    public static LlmTestHost Start(IDictionary<string, string?>? settings = null, bool fakeTime = false)
    {
        var time = fakeTime ? new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero)) : null;
        var server = FakeOpenAiServer.Start(time);
        var promptsDir = CopyPrompts();
        var values = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "OpenAI",
            ["Llm:Endpoint"] = server.V1Url,
            ["Llm:Model"] = "fake-model",
            ["Llm:ApiKey"] = "test-key",
            ["Llm:TimeoutSeconds"] = "20",
            ["Llm:MaxRetries"] = "2",
            ["Llm:PromptsDir"] = promptsDir,
        };
        // "{server}" in a setting stands for the fake server's root URL (known only once it listens).
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value?.Replace("{server}", server.RootUrl);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();

        var collection = new ServiceCollection();
        collection.AddLogging();
        if (time is not null) collection.AddSingleton<TimeProvider>(time);
        // The extractive generator registered the way AddBriefingCore does, over a word-level stand-in for the index's analysis.
        collection.AddOptions<AnsweringOptions>();
        collection.AddSingleton<ITermStatistics, WordTermStatistics>();
        collection.AddSingleton<NameDetector>();
        collection.AddSingleton<ExtractiveAnswerGenerator>();
        collection.AddKeyedSingleton<IAnswerGenerator>(ImplementationKeys.Extractive, (sp, _) => sp.GetRequiredService<ExtractiveAnswerGenerator>());
        collection.AddActiveImplementations(configuration);
        collection.AddBriefingLlm(configuration);
        return new LlmTestHost(server, collection.BuildServiceProvider(validateScopes: true), promptsDir, time);
    }

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    /// <summary>Runs <paramref name="work"/> while moving fake time forward in small steps until it completes (bounded).</summary>
    public async Task<T> RunAdvancingTimeAsync<T>(Task<T> work, TimeSpan step, int maxSteps = 400)
    {
        for (var i = 0; i < maxSteps && !work.IsCompleted; i++)
        {
            await Task.WhenAny(work, Task.Delay(15));
            if (!work.IsCompleted) Time!.Advance(step);
        }
        return await work;
    }

    private static string CopyPrompts()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "prompts");
        var target = Path.Combine(Path.GetTempPath(), "briefing-llm-tests", Guid.NewGuid().ToString("N"), "prompts");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }

    public void Dispose()
    {
        services.Dispose();
        Server.Dispose();
        try { Directory.Delete(Path.GetDirectoryName(PromptsDir)!, recursive: true); } catch (IOException) { }
    }
}
