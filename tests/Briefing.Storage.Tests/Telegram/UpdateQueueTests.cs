using Briefing.Storage.Postgres;
using Briefing.Storage.Tests.Support;
using Briefing.Telegram.Delivery;
using Briefing.Telegram.Replies;
using Dapper;

namespace Briefing.Storage.Tests.Telegram;

/// <summary>The shared update queue and outbox on the real database: what makes answers exactly-once across instances.</summary>
[Collection(PostgresCollection.Name)]
public sealed class UpdateQueueTests(PostgresCluster cluster) : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);
    private readonly PostgresDatabase _database = new(cluster.CreateDatabase("updatequeue"));

    private PostgresUpdateQueue Queue() => new(_database);

    [Fact]
    public void An_update_delivered_twice_is_queued_once_and_claimed_by_one_instance()
    {
        Assert.True(Queue().Enqueue(1, 10, "{\"update_id\":1}"));
        Assert.False(Queue().Enqueue(1, 10, "{\"update_id\":1}"));

        var claimed = Queue().Claim("a", Lease);
        Assert.Equal((1L, 10L, 1), (claimed!.UpdateId, claimed.ChatId, claimed.Attempts));
        Assert.Null(Queue().Claim("b", Lease));
    }

    [Fact]
    public void A_chats_updates_are_claimed_one_at_a_time_in_order_while_other_chats_go_ahead()
    {
        Queue().Enqueue(1, 10, "{}");
        Queue().Enqueue(2, 10, "{}");
        Queue().Enqueue(3, 20, "{}");

        Assert.Equal(1, Queue().Claim("a", Lease)!.UpdateId);
        Assert.Equal(3, Queue().Claim("b", Lease)!.UpdateId); // chat 10's second update waits for its first
        Assert.Null(Queue().Claim("c", Lease));
        Assert.True(Queue().Complete(1, "a", []));
        Assert.Equal(2, Queue().Claim("c", Lease)!.UpdateId);
    }

    [Fact]
    public void An_expired_lease_passes_the_update_on_and_the_first_holders_late_answer_is_dropped()
    {
        Queue().Enqueue(7, 10, "{}");
        Assert.NotNull(Queue().Claim("dying", TimeSpan.FromMilliseconds(1)));
        Thread.Sleep(20); // the database's clock moves past the lease

        var second = Queue().Claim("alive", Lease);
        Assert.Equal((7L, 2), (second!.UpdateId, second.Attempts));
        Assert.False(Queue().Renew(7, "dying", Lease));
        Assert.False(Queue().Complete(7, "dying", [new OutboxMessage(10, "late", [])]));
        Assert.True(Queue().Complete(7, "alive", [new OutboxMessage(10, "answer", [new ReplyButton("Sources", "sources:1")])]));

        var pending = new PostgresOutbox(_database).Pending(10);
        var only = Assert.Single(pending);
        Assert.Equal("answer", only.Html);
        Assert.Equal([new ReplyButton("Sources", "sources:1")], only.Buttons);
    }

    [Fact]
    public void A_lease_its_holder_renews_is_not_taken_over()
    {
        Queue().Enqueue(8, 10, "{}");
        Assert.NotNull(Queue().Claim("slow", TimeSpan.FromMilliseconds(1)));
        Thread.Sleep(20); // the first lease has run out, but nobody claimed the update yet

        Assert.True(Queue().Renew(8, "slow", Lease));
        Assert.Null(Queue().Claim("other", Lease));
        Assert.False(Queue().Renew(8, "other", Lease));
        Assert.True(Queue().Complete(8, "slow", []));
        Assert.False(Queue().Renew(8, "slow", Lease)); // done: nothing left to hold
    }

    [Fact]
    public void The_outbox_keeps_order_and_forgets_what_was_sent()
    {
        var outbox = new PostgresOutbox(_database);
        outbox.Add([new OutboxMessage(1, "one", []), new OutboxMessage(2, "two", [])]);
        outbox.Add([new OutboxMessage(1, "three", [])]);

        var pending = outbox.Pending(10);
        Assert.Equal(["one", "two", "three"], pending.Select(m => m.Html));
        outbox.MarkSent(pending[0].Id);
        Assert.Equal(["two", "three"], outbox.Pending(10).Select(m => m.Html));
    }

    [Fact]
    public async Task One_instance_holds_a_role_and_another_takes_it_when_the_holder_lets_go()
    {
        var election = new PostgresLeaderElection(_database);
        var first = await election.TryAcquireAsync("poller", CancellationToken.None);
        Assert.NotNull(first);
        Assert.Null(await election.TryAcquireAsync("poller", CancellationToken.None));
        await using (var sender = await election.TryAcquireAsync("sender", CancellationToken.None)) Assert.NotNull(sender); // roles are apart
        Assert.True(await first.StillHeldAsync(CancellationToken.None));

        await first.DisposeAsync();
        await using var second = await election.TryAcquireAsync("poller", CancellationToken.None);
        Assert.NotNull(second);
    }

    [Fact]
    public async Task Only_the_living_sender_claims_and_a_dead_senders_unmarked_claim_passes_on_as_a_second_attempt()
    {
        var outbox = new PostgresOutbox(_database);
        outbox.Add([new OutboxMessage(1, "one", []), new OutboxMessage(1, "two", []), new OutboxMessage(2, "three", [])]);
        var ids = outbox.Pending(10).Select(m => m.Id).ToArray();
        var election = new PostgresLeaderElection(_database);
        var none = CancellationToken.None;

        var first = await election.TryAcquireAsync(OutboxSender.Role, none);
        Assert.NotNull(first);
        Assert.Equal(1, (await outbox.ClaimAsync(ids[0], first, none))?.Attempt);
        outbox.MarkSent(ids[0]);
        Assert.Equal(1, (await outbox.ClaimAsync(ids[1], first, none))?.Attempt); // in flight: claimed, not marked sent

        // While the first sender's role lives, a second gets no role to claim with, and a role that is not the sender's cannot claim.
        Assert.Null(await election.TryAcquireAsync(OutboxSender.Role, none));
        await using (var poller = await election.TryAcquireAsync("poller", none))
            await Assert.ThrowsAsync<LeadershipLostException>(() => outbox.ClaimAsync(ids[2], poller!, none));
        Assert.True(await first.StillHeldAsync(none));

        // The first sender's session ends (as when its process is killed): it can claim, and so send, nothing more.
        await using (var admin = _database.Open())
            Assert.True(admin.ExecuteScalar<bool>(
                // only this database's lock in Briefing's lock space: other test classes share the cluster
                "SELECT coalesce(bool_and(pg_terminate_backend(pid, 10000)), false) FROM pg_locks WHERE locktype = 'advisory' AND objid = hashtext(@role)::oid AND objsubid = 2" +
                " AND classid = x'42524946'::int::oid AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
                new { role = OutboxSender.Role }));
        await Assert.ThrowsAsync<LeadershipLostException>(() => outbox.ClaimAsync(ids[2], first, none));
        Assert.False(await first.StillHeldAsync(none));
        await first.DisposeAsync();

        // The next sender: the sent message is not claimed again; the dead sender's unmarked one is a second attempt.
        await using var second = await election.TryAcquireAsync(OutboxSender.Role, none);
        Assert.NotNull(second);
        Assert.Null(await outbox.ClaimAsync(ids[0], second, none));
        Assert.Equal(2, (await outbox.ClaimAsync(ids[1], second, none))?.Attempt);
        Assert.Equal(1, (await outbox.ClaimAsync(ids[2], second, none))?.Attempt);
        Assert.Equal(2, outbox.Pending(10).Count); // claims do not hide messages: unsent until marked
        outbox.MarkSent(ids[1]);
        outbox.MarkSent(ids[2]);
        Assert.Empty(outbox.Pending(10));
    }

    [Fact]
    public async Task A_message_claimed_again_records_the_sender_that_claimed_it_before()
    {
        var outbox = new PostgresOutbox(_database);
        outbox.Add([new OutboxMessage(1, "one", [])]);
        var id = outbox.Pending(10).Single().Id;
        var election = new PostgresLeaderElection(_database);
        var none = CancellationToken.None;

        // Each sender claims the message and stops before marking it sent; the next one's claim names it.
        var terms = new List<string>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await using var sender = await election.TryAcquireAsync(OutboxSender.Role, none);
            Assert.NotNull(sender);
            Assert.Equal(new OutboxClaim(attempt, terms.LastOrDefault()), await outbox.ClaimAsync(id, sender, none));
            terms.Add(((PostgresLeaderElection.Leadership)sender).Term);
        }

        await using var connection = _database.Open();
        var row = connection.QuerySingle<(string ClaimedBy, string PreviousClaimedBy, int Attempts)>(
            "SELECT claimed_by, previous_claimed_by, attempts FROM telegram_outbox WHERE id = @id", new { id });
        Assert.Equal((terms[2], terms[1], 3), row);
        Assert.Equal(3, terms.Distinct().Count()); // each holding has its own term
    }

    public void Dispose() => _database.Dispose();
}
