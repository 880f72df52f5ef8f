using System.Net;
using System.Net.Sockets;
using Briefing.Host.Tests.Support;
using Briefing.Storage.Tests.Support;
using Briefing.Telegram.Tests.Support;

namespace Briefing.Host.Tests.ScaleOut;

/// <summary>
/// Issue 13: Telegram:Mode=Webhook — two bot processes behind a "load balancer" (the test posts each update to one of
/// them, in turn), one database; the secret header is checked; switching back to polling removes the webhook.
/// </summary>
[Collection(PostgresProcessCollection.Name)]
public sealed class WebhookProcessTests(PostgresCluster cluster) : IAsyncLifetime
{
    private const string PublicUrl = "https://bot.example.test/telegram/hook";
    private const string Secret = "s3cret-Token_for_tests";
    private readonly CliWorkspace _workspace = new();
    private FakeBotApiServer _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApiServer.StartAsync();

    [Fact]
    public async Task Updates_posted_to_either_instance_are_answered_once_a_wrong_secret_is_refused_and_polling_removes_the_webhook()
    {
        var database = cluster.CreateDatabase("webhook");
        var noSources = Directory.CreateDirectory(Path.Combine(_workspace.Root, "no-sources")).FullName;
        var instances = Enumerable.Range(1, 2).Select(i => new ScaleOutInstance(_workspace.Root, $"hook{i}", database)).ToArray();
        var ingest = await HostProcess.RunAsync(_workspace.Root, instances[0].Environment(noSources), "ingest", _workspace.WriteNews());
        Assert.True(ingest.ExitCode == 0, ingest.Error);

        var urls = new[] { $"http://127.0.0.1:{FreePort()}", $"http://127.0.0.1:{FreePort()}" };
        using var one = HostProcess.Start(_workspace.Root, WebhookEnvironment(instances[0], noSources, urls[0]), "run");
        using var two = HostProcess.Start(_workspace.Root, WebhookEnvironment(instances[1], noSources, urls[1]), "run");
        await one.WaitForErrorAsync("Telegram posts updates to the webhook", TimeSpan.FromMinutes(2));
        await two.WaitForErrorAsync("Telegram posts updates to the webhook", TimeSpan.FromMinutes(2));
        Assert.Equal(PublicUrl, _api.WebhookUrl);
        Assert.Equal(Secret, _api.WebhookSecret);

        Assert.Equal(HttpStatusCode.Unauthorized, await _api.PostToWebhookAsync(urls[0] + "/telegram/hook", FakeUpdates.Text(999, 999, "forged?"), "wrong"));
        for (var i = 0; i < 40; i++)
        {
            var status = await _api.PostToWebhookAsync(urls[i % 2] + "/telegram/hook", FakeUpdates.Text(1 + i % 20, 1 + i % 20, "When will the comet pass closest to the Sun?"));
            Assert.Equal(HttpStatusCode.OK, status);
        }

        await _api.WaitForAsync(sent => sent.Count >= 40, timeoutSeconds: 180);
        await ExactlyOnceProcessTests.WaitUntilSettledAsync(database, 40, () => one.Error + two.Error);
        Assert.Equal(40, _api.Sent.Count);
        Assert.All(_api.Sent.GroupBy(m => m.ChatId), chat => Assert.Equal(2, chat.Count()));
        Assert.Empty(_api.SentTo(999));

        // Back to polling: the poller deletes the webhook and answers from getUpdates.
        one.KillHard();
        two.KillHard();
        var pollingEnvironment = WebhookEnvironment(instances[0], noSources, urls[0]);
        pollingEnvironment["Telegram__Mode"] = "Polling";
        using var polling = HostProcess.Start(_workspace.Root, pollingEnvironment, "run");
        _api.AddUpdate(FakeUpdates.Text(77, 77, "Wie viel kostete der neue Hafen in Kiel?"));
        var answer = await _api.WaitForMessagesAsync(77, 1, timeoutSeconds: 120);
        Assert.Contains("240 Millionen Euro", answer[0].Text);
        Assert.Null(_api.WebhookUrl);
    }

    private Dictionary<string, string?> WebhookEnvironment(ScaleOutInstance instance, string noSources, string url)
    {
        var environment = instance.Environment(noSources);
        environment["Telegram__BotToken"] = FakeBotApiServer.Token;
        environment["Telegram__ApiBaseUrl"] = _api.BaseUrl;
        environment["Telegram__PollTimeoutSeconds"] = "1";
        environment["Telegram__Mode"] = "Webhook";
        environment["Telegram__WebhookUrl"] = PublicUrl;
        environment["Telegram__WebhookSecret"] = Secret;
        environment["Web__Urls"] = url;
        return environment;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _workspace.Dispose();
    }
}
