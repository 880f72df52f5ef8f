using Briefing.Core.Diagnostics;
using Briefing.Telegram.Configuration;
using Briefing.Telegram.Messaging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Telegram.Delivery;

/// <summary>
/// Sends the outbox, on exactly one instance at a time (<see cref="ILeaderElection"/>, role <see cref="Role"/>): one
/// sender with one <see cref="OutboundRateLimiter"/> keeps Telegram's per-chat and global limits for all instances
/// together. Each chat's messages go in order, one at a time; chats go side by side.
/// <para>
/// The guarantee: when the rate limits let a message go, the sender claims it (<see cref="IOutbox.ClaimAsync"/>, which
/// checks that this instance still holds the role, in the same database statement); only then does it call Telegram,
/// and it marks the message sent once Telegram answered. A sender that lost the role (its session ended) claims
/// nothing more, so it sends nothing more, and no message is claimed by two living senders. Every message is sent
/// exactly once, except one that was claimed but not marked sent when its sender stopped (killed, or the role lost
/// during that very call): Telegram may already have it and has no idempotency key, so the next sender sends it again
/// (a duplicate beats a lost answer), logged at Warning with its id and the stopped sender's term, and counted as a
/// retry. Those are at most the messages that sender had claimed and not marked: one per chat.
/// </para>
/// </summary>
public sealed class OutboxSender(
    TelegramChatMessenger telegram,
    ILogger<OutboxSender> logger,
    IOutbox? outbox = null,
    ILeaderElection? election = null,
    BriefingMetrics? metrics = null,
    IOptions<TelegramOptions>? options = null) : BackgroundService
{
    public const string Role = "telegram-sender";
    private const int Batch = 200;
    private const int MarkSentAttempts = 5;
    private static readonly TimeSpan IdleWait = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (outbox is null || election is null) return; // embedded mode: replies are sent directly
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendWhileLeadingAsync(outbox, election, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database that times out or restarts must not end the sender: a hosted service that throws stops the
                // whole instance. The role is let go (the leadership disposed); take it again after a pause.
                logger.LogWarning("The outbox sender's database call failed ({Message}); trying again", e.Message);
                await Task.Delay(QueuedUpdatePoller.TakeoverEvery, stoppingToken);
            }
        }
    }

    /// <summary>One term: takes the role when free and sends until it is lost; returns at once when another instance holds it.</summary>
    private async Task SendWhileLeadingAsync(IOutbox outbox, ILeaderElection election, CancellationToken stoppingToken)
    {
        await using var leadership = await election.TryAcquireAsync(Role, stoppingToken);
        if (leadership is null)
        {
            await Task.Delay(QueuedUpdatePoller.TakeoverEvery, stoppingToken);
            return;
        }
        logger.LogInformation("This instance sends the outbox");
        // This instance's rate limiter does not know what the previous sender sent just before it stopped: one per-chat
        // interval first keeps a chat from getting two messages within it across the takeover.
        await Task.Delay(TimeSpan.FromMilliseconds(options?.Value.PerChatMessageIntervalMs ?? 0), stoppingToken);
        while (!stoppingToken.IsCancellationRequested && await leadership.StillHeldAsync(stoppingToken))
        {
            var pending = outbox.Pending(Batch);
            if (pending.Count == 0)
            {
                await Task.Delay(IdleWait, stoppingToken);
                continue;
            }
            try
            {
                await Task.WhenAll(pending.GroupBy(m => m.ChatId).Select(chat => SendInOrderAsync(outbox, leadership, chat.ToList(), stoppingToken)));
            }
            catch (LeadershipLostException)
            {
                // Every chat's next claim is refused the same way: nothing more goes out from this instance.
                break;
            }
        }
        if (!stoppingToken.IsCancellationRequested) logger.LogWarning("This instance lost the outbox sender role");
    }

    private async Task SendInOrderAsync(IOutbox sent, ILeadership leadership, IReadOnlyList<OutboxMessage> messages, CancellationToken stoppingToken)
    {
        foreach (var message in messages)
        {
            try
            {
                if (!await telegram.SendAsync(message, token => ClaimAsync(sent, leadership, message, token), stoppingToken))
                    continue; // marked sent meanwhile (by a sender that had lost the role): nothing to do
            }
            catch (Exception e) when (e is not OperationCanceledException and not LeadershipLostException)
            {
                // Retries are spent (TelegramCallRetrier): e.g. the user blocked the bot. Not sent, and not tried forever.
                logger.LogWarning("Message {Id} to chat {ChatId} could not be sent: {Message}", message.Id, message.ChatId, e.Message);
            }
            await MarkSentAsync(sent, message.Id, stoppingToken);
        }
    }

    /// <summary>Claims <paramref name="message"/> right before its first call to Telegram; false when it was sent meanwhile.</summary>
    private async Task<bool> ClaimAsync(IOutbox sent, ILeadership leadership, OutboxMessage message, CancellationToken cancellationToken)
    {
        OutboxClaim? claim;
        try
        {
            claim = await sent.ClaimAsync(message.Id, leadership, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException and not LeadershipLostException)
        {
            // A claim the database could not confirm (a timeout, a cancelled statement) is no claim: the message must
            // stay unmarked and unsent, not fall into the "Telegram refused it" path below, which marks it sent. A role
            // that cannot be confirmed is given up like a lost one and taken again.
            throw new LeadershipLostException("The outbox claim could not be confirmed", e);
        }
        if (claim is null) return false;
        if (claim.Attempt > 1)
        {
            // In flight when its sender stopped: possibly delivered. Sent again: at least once beats a lost answer. The
            // stopped sender is named by its term (instance and holding), which tells whose claim is being repeated.
            logger.LogWarning("Message {Id} to chat {ChatId} was claimed by a sender that stopped ({PreviousClaimant}) before marking it sent; it may have arrived already and is sent again (attempt {Attempt})",
                message.Id, message.ChatId, claim.PreviousClaimant, claim.Attempt);
            metrics?.TelegramCallRetried("sendMessage", rateLimited: false);
        }
        return true;
    }

    /// <summary>
    /// Marks a message sent, retrying a failing database a few times: an unmarked message stays claimed and would be
    /// sent again by the next sender.
    /// </summary>
    private async Task MarkSentAsync(IOutbox sent, long id, CancellationToken stoppingToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                sent.MarkSent(id);
                return;
            }
            catch (Exception e) when (attempt < MarkSentAttempts && e is not OperationCanceledException)
            {
                logger.LogWarning("Marking message {Id} sent failed ({Message}); trying again", id, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(attempt), stoppingToken);
            }
        }
    }
}
