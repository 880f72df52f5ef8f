using System.Diagnostics;
using Briefing.Host.Tests.Support;
using Briefing.Storage.Tests.Support;
using Briefing.Telegram.Tests.Support;
using Npgsql;

namespace Briefing.Host.Tests.ScaleOut;

/// <summary>
/// Issue 13: three bot processes on one database and the fake Bot API. One polls into the shared update queue, all
/// three answer from it, one sends the outbox; killing an instance mid-run (kill -9) loses no update and answers none
/// twice, and when the polling and sending instance dies another takes both roles over.
/// </summary>
[Collection(PostgresProcessCollection.Name)]
public sealed class ExactlyOnceProcessTests(PostgresCluster cluster) : IAsyncLifetime
{
    private const int Chats = 100;
    private const int QuestionsPerChat = 5;
    private static readonly string[] Questions = ["When will the comet pass closest to the Sun?", "Wie viel kostete der neue Hafen in Kiel?"];

    private readonly CliWorkspace _workspace = new();
    private FakeBotApiServer _api = null!;

    public async Task InitializeAsync() => _api = await FakeBotApiServer.StartAsync();

    [Fact]
    public async Task Five_hundred_updates_from_a_hundred_chats_are_answered_exactly_once_through_a_kill_and_a_takeover()
    {
        var database = cluster.CreateDatabase("exactlyonce");
        var noSources = Directory.CreateDirectory(Path.Combine(_workspace.Root, "no-sources")).FullName;
        var instances = Enumerable.Range(1, 3).Select(i => new ScaleOutInstance(_workspace.Root, $"bot{i}", database)).ToArray();
        var ingest = await HostProcess.RunAsync(_workspace.Root, instances[0].Environment(noSources), "ingest", _workspace.WriteNews());
        Assert.True(ingest.ExitCode == 0, ingest.Error);

        using var first = HostProcess.Start(_workspace.Root, BotEnvironment(instances[0], noSources), "run");
        await first.WaitForErrorAsync("This instance polls Telegram", TimeSpan.FromMinutes(2));
        await first.WaitForErrorAsync("This instance sends the outbox", TimeSpan.FromMinutes(1));
        using var second = HostProcess.Start(_workspace.Root, BotEnvironment(instances[1], noSources), "run");
        using var third = HostProcess.Start(_workspace.Root, BotEnvironment(instances[2], noSources), "run");

        for (var round = 0; round < QuestionsPerChat; round++)
            for (var chat = 1; chat <= Chats; chat++)
                _api.AddUpdate(FakeUpdates.Text(chat, chat, Questions[(chat + round) % Questions.Length]));

        // Mid-run, an answering instance dies without any clean-up: its leased updates pass to the others. The bound
        // is generous: three cold (JIT, Debug) processes on a loaded machine once sent nothing within a minute.
        await Diagnosed(() => _api.WaitForAsync(sent => sent.Count >= 100, timeoutSeconds: 300), database, first, second, third);
        second.KillHard();
        await WaitUntilSettledAsync(database, Chats * QuestionsPerChat, () => first.Error + third.Error);

        var sent = _api.Sent.ToArray();
        // The killed instance answered but did not send (the first one does): no message was in flight at the kill.
        var once = await AnsweredOnceExceptInFlightAsync(database, sent, second, first.Error + third.Error);
        Assert.Equal(Chats * QuestionsPerChat, once.Length);
        Assert.Equal(Chats * QuestionsPerChat, sent.Length);
        foreach (var chat in once.GroupBy(m => m.ChatId))
        {
            Assert.Equal(QuestionsPerChat, chat.Count());
            var arrivals = chat.Select(m => m.ArrivedAt).Order().ToArray();
            // Telegram's per-chat limit (one message a second) held across the instances; a little slack for HTTP jitter.
            for (var i = 1; i < arrivals.Length; i++)
                Assert.True(Stopwatch.GetElapsedTime(arrivals[i - 1], arrivals[i]) >= TimeSpan.FromMilliseconds(900), $"chat {chat.Key} got two messages within a second");
        }
        Assert.All(sent, m => Assert.Contains("[1]", m.Text, StringComparison.Ordinal));
        Assert.Empty(_api.Rejections);

        // The polling and sending instance dies while idle: the third instance takes both roles over and answers.
        first.KillHard();
        _api.AddUpdate(FakeUpdates.Text(4242, 4242, Questions[0]));
        var late = await _api.WaitForMessagesAsync(4242, 1, timeoutSeconds: 120);
        Assert.Contains("Astronomers spot bright comet over Chile", late[0].Text);
        await WaitUntilSettledAsync(database, Chats * QuestionsPerChat + 1, () => third.Error);
        Assert.Single(_api.SentTo(4242));
    }

    private static async Task Diagnosed(Func<Task> wait, string database, params HostProcess[] hosts)
    {
        try
        {
            await wait();
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message}; {await QueueStateAsync(database)}; stderr: {string.Join("\n---\n", hosts.Select(h => h.Error))}", e);
        }
    }

    /// <summary>Where the updates stand (answered, open, leased; replies not yet sent): says which stage stalled.</summary>
    private static async Task<string> QueueStateAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT format('updates done %s, open %s (leased %s, most claims of one %s); outbox unsent %s',
                (SELECT count(*) FROM telegram_updates WHERE done_at IS NOT NULL),
                (SELECT count(*) FROM telegram_updates WHERE done_at IS NULL),
                (SELECT count(*) FROM telegram_updates WHERE done_at IS NULL AND lease_until > now()),
                (SELECT coalesce(max(attempts), 0) FROM telegram_updates),
                (SELECT count(*) FROM telegram_outbox WHERE sent_at IS NULL))
            """, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Asserts that every outbox message arrived exactly once, except a message the database records as in flight when
    /// <paramref name="killed"/> died: first claimed by it as the sender and not marked sent, so claimed again by the
    /// next sender (attempts 2, previous_claimed_by naming the killed instance's holding). Only such a message may
    /// arrive twice; there are none unless the killed instance was the sender, at most one per chat (a sender has one
    /// message per chat in flight), and the next sender logged each, naming the killed holding
    /// (<paramref name="survivorsErrors"/>). Returns the messages without their second copies.
    /// </summary>
    internal static async Task<SentMessage[]> AnsweredOnceExceptInFlightAsync(string database, SentMessage[] sent, HostProcess killed, string survivorsErrors)
    {
        var rows = new List<(long Id, long ChatId, string Html, int Attempts, string? ClaimedBy, string? PreviousClaimedBy, bool Sent)>();
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT id, chat_id, html, attempts, claimed_by, previous_claimed_by, sent_at IS NOT NULL FROM telegram_outbox ORDER BY id", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt32(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetBoolean(6)));
        }
        Assert.All(rows, row => Assert.True(row.Sent && row.Attempts >= 1, $"message {row.Id} was not sent"));
        // A holding's term is "machine:process id:guid" (PostgresLeaderElection): the killed process's holdings start so.
        var killedHolding = $"{Environment.MachineName}:{killed.Id}:";
        bool ClaimedByKilled(string? term) => term?.StartsWith(killedHolding, StringComparison.Ordinal) == true;
        var inFlight = rows.Where(row => row.Attempts > 1).ToList();
        foreach (var row in inFlight)
        {
            // One sender died: claimed once more, by the next; the first claim was the killed instance's, the second not.
            Assert.True(row.Attempts == 2, $"message {row.Id} was claimed {row.Attempts} times");
            Assert.True(ClaimedByKilled(row.PreviousClaimedBy), $"message {row.Id} was claimed again after {row.PreviousClaimedBy}, not the killed instance {killedHolding}");
            Assert.False(ClaimedByKilled(row.ClaimedBy), $"message {row.Id} was claimed twice by the killed instance");
            Assert.Contains($"Message {row.Id} to chat {row.ChatId} was claimed by a sender that stopped ({row.PreviousClaimedBy})", survivorsErrors, StringComparison.Ordinal);
        }
        Assert.All(rows.Where(row => row.Attempts == 1), row => Assert.Null(row.PreviousClaimedBy));
        Assert.Equal(inFlight.Count, inFlight.Select(row => row.ChatId).Distinct().Count());

        var once = new List<SentMessage>();
        foreach (var copies in sent.GroupBy(m => (m.ChatId, m.Html)))
        {
            var messages = rows.Count(row => row.ChatId == copies.Key.ChatId && row.Html == copies.Key.Html);
            var mayRepeat = inFlight.Count(row => row.ChatId == copies.Key.ChatId && row.Html == copies.Key.Html);
            Assert.True(copies.Count() >= messages && copies.Count() <= messages + mayRepeat,
                $"chat {copies.Key.ChatId} got {copies.Count()} copies of a reply the outbox holds {messages} times ({mayRepeat} in flight at the kill)");
            once.AddRange(copies.OrderBy(m => m.ArrivedAt).Take(messages));
        }
        Assert.Equal(rows.Count, once.Count); // and nothing arrived that the outbox does not hold
        return once.ToArray();
    }

    /// <summary>Telegram settings of a bot instance: the fake API, short polls and a short lease so a dead instance's updates move on quickly.</summary>
    private Dictionary<string, string?> BotEnvironment(ScaleOutInstance instance, string noSources)
    {
        var environment = instance.Environment(noSources);
        environment["Telegram__BotToken"] = FakeBotApiServer.Token;
        environment["Telegram__ApiBaseUrl"] = _api.BaseUrl;
        environment["Telegram__PollTimeoutSeconds"] = "1";
        environment["Telegram__UpdateLeaseSeconds"] = "5";
        environment["Telegram__GlobalMessagesPerSecond"] = "30";
        environment["Telegram__MaxQuestionsPerMinute"] = "100";
        return environment;
    }

    /// <summary>Waits (bounded) until every update is done and the outbox is empty, so no late duplicate can still come.</summary>
    internal static async Task WaitUntilSettledAsync(string database, int updates, Func<string> diagnostics)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(5);
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        while (true)
        {
            await using var command = new NpgsqlCommand("""
                SELECT (SELECT count(*) FROM telegram_updates WHERE done_at IS NOT NULL)
                     + (SELECT count(*) FROM telegram_updates WHERE done_at IS NULL) * 1000000
                     + (SELECT count(*) FROM telegram_outbox WHERE sent_at IS NULL) * 1000000
                """, connection);
            var state = (long)(await command.ExecuteScalarAsync())!;
            if (state == updates) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Not settled ({state}); stderr: {diagnostics()}");
            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _workspace.Dispose();
    }
}
