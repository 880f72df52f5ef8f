using System.Collections.Concurrent;
using System.Diagnostics;
using Briefing.Core;
using Briefing.Storage;
using Briefing.Telegram.Configuration;
using Briefing.Telegram.Delivery;
using Briefing.Telegram.Messaging;
using Briefing.Telegram.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Briefing.Telegram.Tests.Delivery;

/// <summary>
/// A database that fails for a moment (a timeout under load, a restart) must not end the outbox sender: a hosted
/// service that throws stops the whole instance, and no reply would go out again.
/// </summary>
public sealed class OutboxSenderDatabaseFailureTests
{
    [Fact]
    public async Task The_sender_takes_the_role_again_after_the_election_and_the_outbox_fail_and_sends_each_message_once()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var provider = TelegramServices(api, out var dataDir);
        var outbox = new FlakyOutbox(failingReads: 2, failingClaims: 0, new OutboxMessage(41, "first", [], 1), new OutboxMessage(42, "second", [], 2));
        var sender = new OutboxSender(provider.GetRequiredService<TelegramChatMessenger>(), NullLogger<OutboxSender>.Instance,
            outbox, new FlakyElection(failingAttempts: 1));
        await sender.StartAsync(CancellationToken.None);
        try
        {
            var sent = await api.WaitForAsync(messages => messages.Count >= 2, timeoutSeconds: 30);
            Assert.Equal(["first", "second"], sent.Select(m => m.Text).Order());
            await WaitUntilAsync(() => outbox.Marked.Count == 2);
            Assert.Equal([1L, 2L], outbox.Marked.Order());
            Assert.Equal(2, api.Sent.Count); // nothing sent twice after the failures
        }
        finally
        {
            await sender.StopAsync(CancellationToken.None);
            if (Directory.Exists(dataDir)) Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task A_claim_the_database_could_not_confirm_leaves_the_message_unsent_and_unmarked_until_a_claim_succeeds()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var provider = TelegramServices(api, out var dataDir);
        // Before the fix the failed claim fell into the "Telegram refused it" path and the message was marked sent unsent.
        var outbox = new FlakyOutbox(failingReads: 0, failingClaims: 1, new OutboxMessage(41, "only", [], 1));
        var sender = new OutboxSender(provider.GetRequiredService<TelegramChatMessenger>(), NullLogger<OutboxSender>.Instance,
            outbox, new FlakyElection(failingAttempts: 0));
        await sender.StartAsync(CancellationToken.None);
        try
        {
            var sent = await api.WaitForAsync(messages => messages.Count >= 1, timeoutSeconds: 30);
            Assert.Equal("only", Assert.Single(sent).Text);
            await WaitUntilAsync(() => outbox.Marked.Count == 1);
            Assert.Equal(2, outbox.ClaimCalls); // the failed claim, then the one that let the message go
            Assert.Single(api.Sent);
        }
        finally
        {
            await sender.StopAsync(CancellationToken.None);
            if (Directory.Exists(dataDir)) Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task A_new_sender_waits_one_per_chat_interval_before_its_first_message()
    {
        // The previous sender may have sent to the chat just before it stopped; this sender's rate limiter cannot know.
        await using var api = await FakeBotApiServer.StartAsync();
        await using var provider = TelegramServices(api, out var dataDir);
        var outbox = new FlakyOutbox(failingReads: 0, failingClaims: 0, new OutboxMessage(41, "after the takeover", [], 1));
        var sender = new OutboxSender(provider.GetRequiredService<TelegramChatMessenger>(), NullLogger<OutboxSender>.Instance,
            outbox, new FlakyElection(failingAttempts: 0), options: Options.Create(new TelegramOptions { PerChatMessageIntervalMs = 1_500 }));
        var started = Stopwatch.GetTimestamp();
        await sender.StartAsync(CancellationToken.None);
        try
        {
            await api.WaitForAsync(messages => messages.Count >= 1, timeoutSeconds: 30);
            Assert.True(Stopwatch.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(1_500), "the first message went out within the interval");
        }
        finally
        {
            await sender.StopAsync(CancellationToken.None);
            if (Directory.Exists(dataDir)) Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task A_message_a_stopped_sender_claimed_is_sent_again_and_the_warning_names_that_sender()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var provider = TelegramServices(api, out var dataDir);
        var outbox = new FlakyOutbox(failingReads: 0, failingClaims: 0, new OutboxMessage(41, "in flight at the kill", [], 1));
        outbox.ClaimedBefore(1, "host-a:4242:term-7");
        var logger = new WarningLogger();
        var sender = new OutboxSender(provider.GetRequiredService<TelegramChatMessenger>(), logger, outbox, new FlakyElection(failingAttempts: 0));
        await sender.StartAsync(CancellationToken.None);
        try
        {
            Assert.Equal("in flight at the kill", Assert.Single(await api.WaitForAsync(messages => messages.Count >= 1, timeoutSeconds: 30)).Text);
            await WaitUntilAsync(() => outbox.Marked.Count == 1);
            var warning = Assert.Single(logger.Warnings);
            Assert.Contains("Message 1 to chat 41", warning, StringComparison.Ordinal);
            Assert.Contains("(host-a:4242:term-7)", warning, StringComparison.Ordinal);
            Assert.Contains("attempt 2", warning, StringComparison.Ordinal);
        }
        finally
        {
            await sender.StopAsync(CancellationToken.None);
            if (Directory.Exists(dataDir)) Directory.Delete(dataDir, recursive: true);
        }
    }

    /// <summary>Keeps the sender's warnings as written, to read what a takeover logs.</summary>
    private sealed class WarningLogger : ILogger<OutboxSender>
    {
        public ConcurrentQueue<string> Warnings { get; } = new();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning) Warnings.Enqueue(formatter(state, exception));
        }
    }

    private static ServiceProvider TelegramServices(FakeBotApiServer api, out string dataDir)
    {
        dataDir = Path.Combine(Path.GetTempPath(), "briefing-outbox-failure", Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Briefing:DataDir"] = dataDir,
            ["Telegram:BotToken"] = FakeBotApiServer.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddBriefingCore(configuration);
        services.AddBriefingStorage(configuration);
        services.AddBriefingTelegram(configuration);
        return services.BuildServiceProvider();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++) await Task.Delay(100);
        Assert.True(condition());
    }

    /// <summary>An election whose first attempts throw, as a database that does not answer does; then the role is free.</summary>
    private sealed class FlakyElection(int failingAttempts) : ILeaderElection
    {
        private int _attempts;

        public Task<ILeadership?> TryAcquireAsync(string role, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _attempts) <= failingAttempts
                ? throw new TimeoutException("The database did not answer")
                : Task.FromResult<ILeadership?>(new HeldRole());

        private sealed class HeldRole : ILeadership
        {
            public Task<bool> StillHeldAsync(CancellationToken cancellationToken) => Task.FromResult(true);

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }

    /// <summary>An outbox whose first reads and claims throw; claims and marks are kept in memory.</summary>
    private sealed class FlakyOutbox(int failingReads, int failingClaims, params OutboxMessage[] messages) : IOutbox
    {
        private int _reads;
        private int _claimCalls;
        private readonly ConcurrentDictionary<long, int> _claims = new();

        public ConcurrentQueue<long> Marked { get; } = new();

        public int ClaimCalls => Volatile.Read(ref _claimCalls);

        public void Add(IReadOnlyList<OutboxMessage> added) => throw new NotSupportedException();

        public IReadOnlyList<OutboxMessage> Pending(int limit) =>
            Interlocked.Increment(ref _reads) <= failingReads
                ? throw new TimeoutException("The database did not answer")
                : messages.Where(m => !Marked.Contains(m.Id)).Take(limit).ToList();

        public Task<OutboxClaim?> ClaimAsync(long id, ILeadership sender, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _claimCalls) <= failingClaims
                ? throw new TimeoutException("The claim's statement timed out")
                : Task.FromResult(Marked.Contains(id) ? null : Claim(_claims.AddOrUpdate(id, 1, (_, attempt) => attempt + 1)));

        private string _previousClaimant = "an earlier sender";

        /// <summary>Message <paramref name="id"/> was claimed once by <paramref name="claimant"/>, which stopped before marking it sent.</summary>
        public void ClaimedBefore(long id, string claimant)
        {
            _claims[id] = 1;
            _previousClaimant = claimant;
        }

        private OutboxClaim? Claim(int attempt) => new(attempt, attempt > 1 ? _previousClaimant : null);

        public void MarkSent(long id) => Marked.Enqueue(id);
    }
}
