using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Briefing.Host.Tests.Support;
using Briefing.Storage.Tests.Support;
using Briefing.Telegram.Tests.Support;

namespace Briefing.Host.Tests.ScaleOut;

/// <summary>
/// Issue 13: Telegram:Mode=Webhook — three bot processes behind a "load balancer" (the test posts the updates of a
/// hundred chats to them in turn, and to the next one when a call fails, as Telegram redelivers), one database. One
/// instance is killed (kill -9) mid-run: every update is still answered exactly once, no chat faster than one message
/// a second. The secret header is checked; switching back to polling removes the webhook.
/// </summary>
[Collection(PostgresProcessCollection.Name)]
public sealed class WebhookProcessTests(PostgresCluster cluster) : IAsyncLifetime
{
    private const string PublicUrl = "https://bot.example.test/telegram/hook";
    private const string Secret = "s3cret-Token_for_tests";
    private const int Chats = 100;
    private const int QuestionsPerChat = 5;
    private static readonly string[] Questions = ["When will the comet pass closest to the Sun?", "Wie viel kostete der neue Hafen in Kiel?"];
    private readonly CliWorkspace _workspace = new();
    private FakeBotApiServer _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApiServer.StartAsync();

    [Fact]
    public async Task Five_hundred_updates_posted_round_robin_to_three_instances_are_answered_exactly_once_through_a_kill()
    {
        var database = cluster.CreateDatabase("webhook");
        var noSources = Directory.CreateDirectory(Path.Combine(_workspace.Root, "no-sources")).FullName;
        var instances = Enumerable.Range(1, 3).Select(i => new ScaleOutInstance(_workspace.Root, $"hook{i}", database)).ToArray();
        var ingest = await HostProcess.RunAsync(_workspace.Root, instances[0].Environment(noSources), "ingest", _workspace.WriteNews());
        Assert.True(ingest.ExitCode == 0, ingest.Error);

        var urls = instances.Select(_ => $"http://127.0.0.1:{FreePort()}").ToArray();
        var hosts = instances.Select((instance, i) => HostProcess.Start(_workspace.Root, WebhookEnvironment(instance, noSources, urls[i]), "run")).ToArray();
        try
        {
            foreach (var host in hosts) await host.WaitForErrorAsync("Telegram posts updates to the webhook", TimeSpan.FromMinutes(2));
            Assert.Equal(PublicUrl, _api.WebhookUrl);
            Assert.Equal(Secret, _api.WebhookSecret);
            Assert.Equal(HttpStatusCode.Unauthorized, await _api.PostToWebhookAsync(urls[0] + "/telegram/hook", FakeUpdates.Text(999, 999, "forged?"), "wrong"));

            // The first rounds, then the kill while the instances are answering, then the rest: calls to the dead
            // instance fail and go to the next one, with the same update id.
            var next = 0;
            for (var round = 0; round < QuestionsPerChat; round++)
            {
                if (round == 2)
                {
                    await _api.WaitForAsync(sent => sent.Count >= 100, timeoutSeconds: 300);
                    hosts[1].KillHard();
                }
                for (var chat = 1; chat <= Chats; chat++)
                    await PostAsync(urls, next++, FakeUpdates.Text(chat, chat, Questions[(chat + round) % Questions.Length]));
            }

            await ExactlyOnceProcessTests.WaitUntilSettledAsync(database, Chats * QuestionsPerChat, () => hosts[0].Error + hosts[2].Error);
            var sent = _api.Sent.ToArray();
            // Any instance may be the sender: when the killed one was, a message it had in flight may arrive twice.
            var once = await ExactlyOnceProcessTests.AnsweredOnceExceptInFlightAsync(database, sent, hosts[1], hosts[0].Error + hosts[2].Error);
            Assert.Equal(Chats * QuestionsPerChat, once.Length);
            foreach (var chat in once.GroupBy(m => m.ChatId))
            {
                Assert.Equal(QuestionsPerChat, chat.Count());
                var arrivals = chat.Select(m => m.ArrivedAt).Order().ToArray();
                for (var i = 1; i < arrivals.Length; i++)
                    Assert.True(Stopwatch.GetElapsedTime(arrivals[i - 1], arrivals[i]) >= TimeSpan.FromMilliseconds(900), $"chat {chat.Key} got two messages within a second");
            }
            Assert.All(sent, m => Assert.Contains("[1]", m.Text, StringComparison.Ordinal));
            Assert.Empty(_api.SentTo(999));
        }
        finally
        {
            foreach (var host in hosts)
            {
                host.KillHard(); // and waits: no webhook instance is left when the poller starts
                host.Dispose();
            }
        }

        // Back to polling: the poller deletes the webhook and answers from getUpdates.
        var pollingEnvironment = WebhookEnvironment(instances[0], noSources, urls[0]);
        pollingEnvironment["Telegram__Mode"] = "Polling";
        using var polling = HostProcess.Start(_workspace.Root, pollingEnvironment, "run");
        _api.AddUpdate(FakeUpdates.Text(7777, 7777, "Wie viel kostete der neue Hafen in Kiel?")); // a chat of its own
        var answer = await _api.WaitForMessagesAsync(7777, 1, timeoutSeconds: 120);
        Assert.Contains("240 Millionen Euro", answer[0].Text);
        Assert.Null(_api.WebhookUrl);
    }

    /// <summary>
    /// The load balancer: update <paramref name="index"/> goes to the instances in turn; a call that fails (a dead
    /// instance refuses the connection) is delivered again, same update id, to the next one.
    /// </summary>
    private async Task PostAsync(string[] urls, int index, System.Text.Json.Nodes.JsonObject update)
    {
        for (var attempt = 0; attempt < urls.Length; attempt++)
        {
            try
            {
                if (await _api.PostToWebhookAsync(urls[(index + attempt) % urls.Length] + "/telegram/hook", update) == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
        }
        Assert.Fail($"no instance took update {update["update_id"]}");
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
