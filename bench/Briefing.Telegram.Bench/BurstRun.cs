using System.Diagnostics;
using Briefing.Core;
using Briefing.Core.Ingestion;
using Briefing.Storage;
using Briefing.Telegram.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Telegram.Bench;

/// <summary>One burst: every question sent at once from its chat, then the time until each chat's replies arrive.</summary>
internal static class BurstRun
{
    private static int _nextFirstUpdateId;

    public sealed record Result(string Label, int Questions, int Messages, double Seconds, double RepliesPerSecond, double P50Ms, double P95Ms, int Rejections);

    public static async Task IngestAsync(string dataDir, IReadOnlyList<string> inputs)
    {
        using var host = Build(dataDir, "", 1000, 25);
        var watch = Stopwatch.StartNew();
        var report = await host.Services.GetRequiredService<IngestionService>().IngestAsync(inputs, null, CancellationToken.None);
        Console.Error.WriteLine($"ingested {report.Added} articles ({report.Rejected.Count} rejected) in {watch.Elapsed.TotalSeconds:F1} s");
    }

    public static async Task<Result> RunAsync(string label, string dataDir, IReadOnlyList<string> questions, int chats, int perChatIntervalMs, int globalPerSecond)
    {
        // Update ids keep rising across runs on the same data folder, as with Telegram.
        await using var api = await FakeBotApiServer.StartAsync(firstUpdateId: Interlocked.Add(ref _nextFirstUpdateId, 10_000));
        using var host = Build(dataDir, api.BaseUrl, perChatIntervalMs, globalPerSecond);
        await host.StartAsync();

        // Warm-up (JIT, index readers), not measured.
        api.AddUpdate(FakeUpdates.Text(1, 1, questions[0], "de"));
        await api.WaitForMessagesAsync(1, 1);

        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < questions.Count; i++)
        {
            var chat = 100_000 + i % chats;
            api.AddUpdate(FakeUpdates.Text(chat, chat, questions[i], "de"));
        }
        var perChat = questions.Count / chats;
        await api.WaitForAsync(all => Enumerable.Range(0, chats).All(c => all.Count(m => m.ChatId == 100_000 + c) >= perChat), timeoutSeconds: 600);
        var sent = api.Sent.Where(m => m.ChatId >= 100_000).ToArray();
        await host.StopAsync();

        // Extractive answers fit one message, so a chat's k-th message is its k-th reply.
        var latencies = sent.GroupBy(m => m.ChatId)
            .SelectMany(g => g.OrderBy(m => m.MessageId).Take(perChat))
            .Select(m => Stopwatch.GetElapsedTime(start, m.ArrivedAt).TotalMilliseconds)
            .Order()
            .ToArray();
        var seconds = latencies[^1] / 1000.0;
        return new Result(label, questions.Count, sent.Length, seconds, latencies.Length / seconds,
            Percentile(latencies, 0.50), Percentile(latencies, 0.95), api.Rejections.Count);
    }

    private static double Percentile(double[] sorted, double p) => sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];

    private static IHost Build(string dataDir, string apiBaseUrl, int perChatIntervalMs, int globalPerSecond)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Briefing:DataDir"] = dataDir,
            ["Telegram:BotToken"] = apiBaseUrl.Length > 0 ? FakeBotApiServer.Token : "",
            ["Telegram:ApiBaseUrl"] = apiBaseUrl.Length > 0 ? apiBaseUrl : "https://api.telegram.org",
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Telegram:PerChatMessageIntervalMs"] = perChatIntervalMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Telegram:GlobalMessagesPerSecond"] = globalPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Telegram:MaxQuestionsPerMinute"] = "1000",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddSimpleConsole();
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddBriefingCore(builder.Configuration);
        builder.Services.AddBriefingStorage(builder.Configuration);
        builder.Services.AddBriefingTelegram(builder.Configuration);
        return builder.Build();
    }
}
