using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.Telegram.Tests.Support;

/// <summary>
/// A Telegram Bot API on 127.0.0.1: <c>/bot&lt;token&gt;/&lt;method&gt;</c> with JSON or form bodies, getUpdates from a
/// queue (an update stays until a later offset confirms it, as with Telegram), HTML validation like Telegram's,
/// flood control with <c>retry_after</c>, getFile and file downloads.
/// </summary>
public sealed partial class FakeBotApiServer : IAsyncDisposable
{
    public const string Token = "123456789:TEST_token_abcdefghijklmnopqrstuv";
    public const long BotUserId = 123456789;
    public const string BotUsername = "briefing_test_bot";

    private readonly WebApplication _app;
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _pendingUpdates = [];
    private readonly ConcurrentDictionary<string, (string Path, byte[] Content)> _files = new();
    private TaskCompletionSource _updatesArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _messagesChanged = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextUpdateId = 1000;
    private int _nextMessageId = 1;

    private FakeBotApiServer(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";
    public ConcurrentQueue<SentMessage> Sent { get; } = new();
    /// <summary>Requests Telegram would refuse with 400 (bad HTML, too long, bad buttons): a correct bot causes none.</summary>
    public ConcurrentQueue<string> Rejections { get; } = new();
    public ConcurrentQueue<string> Calls { get; } = new();
    public ConcurrentQueue<JsonObject> CommandMenus { get; } = new();
    public int ChatActions;
    public int AnsweredCallbacks;
    /// <summary>Sends that arrived while a retry_after was still running.</summary>
    public int FloodViolations;

    /// <summary>Starts the server; <paramref name="firstUpdateId"/> lets a second server continue a first one's update ids, as Telegram does.</summary>
    public static async Task<FakeBotApiServer> StartAsync(int firstUpdateId = 1000)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var server = new FakeBotApiServer(builder.Build()) { _nextUpdateId = firstUpdateId };
        server._app.MapPost("/bot{token}/{method}", server.HandleAsync);
        server._app.MapGet("/bot{token}/{method}", server.HandleAsync);
        server._app.MapGet("/file/bot{token}/{**path}", server.DownloadAsync);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);
        return server;
    }

    /// <summary>Queues an update (as a user would cause it) and returns its update_id.</summary>
    public int AddUpdate(JsonObject update)
    {
        lock (_gate)
        {
            var id = _nextUpdateId++;
            update["update_id"] = id;
            _pendingUpdates.Add(update);
            _updatesArrived.TrySetResult();
            return id;
        }
    }

    /// <summary>Updates not yet confirmed by a getUpdates with a higher offset.</summary>
    public int UnconfirmedUpdates
    {
        get { lock (_gate) return _pendingUpdates.Count; }
    }

    public void AddFile(string fileId, byte[] content) => _files[fileId] = ($"documents/{fileId}.bin", content);

    public IReadOnlyList<SentMessage> SentTo(long chatId) => Sent.Where(m => m.ChatId == chatId).ToArray();

    /// <summary>Waits until <paramref name="condition"/> holds for the sent messages; fails the test after a generous timeout.</summary>
    public async Task<IReadOnlyList<SentMessage>> WaitForAsync(Func<IReadOnlyList<SentMessage>, bool> condition, int timeoutSeconds = 60)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        while (true)
        {
            Task changed;
            lock (_gate) changed = _messagesChanged.Task;
            var snapshot = Sent.ToArray();
            if (condition(snapshot)) return snapshot;
            try
            {
                await changed.WaitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Expected messages did not arrive; sent so far: {string.Join(" | ", snapshot.Select(m => $"{m.ChatId}: {m.Text}"))}; rejections: {string.Join(" | ", Rejections)}");
            }
        }
    }

    public async Task<IReadOnlyList<SentMessage>> WaitForMessagesAsync(long chatId, int count, int timeoutSeconds = 60)
    {
        var all = await WaitForAsync(sent => sent.Count(m => m.ChatId == chatId) >= count, timeoutSeconds);
        return all.Where(m => m.ChatId == chatId).ToArray();
    }

    private void Record(SentMessage message)
    {
        Sent.Enqueue(message);
        lock (_gate)
        {
            _messagesChanged.TrySetResult();
            _messagesChanged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
