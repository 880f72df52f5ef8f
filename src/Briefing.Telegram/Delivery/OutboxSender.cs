using Briefing.Telegram.Messaging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Telegram.Delivery;

/// <summary>
/// Sends the outbox, on exactly one instance at a time (<see cref="ILeaderElection"/>, role <see cref="Role"/>): one
/// sender with one <see cref="OutboundRateLimiter"/> keeps Telegram's per-chat and global limits for all instances
/// together. Each chat's messages go in order; chats go side by side. A message is marked sent right after Telegram
/// accepted it; only a sender dying between those two steps can send one twice.
/// </summary>
public sealed class OutboxSender(
    TelegramChatMessenger telegram,
    ILogger<OutboxSender> logger,
    IOutbox? outbox = null,
    ILeaderElection? election = null) : BackgroundService
{
    public const string Role = "telegram-sender";
    private const int Batch = 200;
    private static readonly TimeSpan IdleWait = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (outbox is null || election is null) return; // embedded mode: replies are sent directly
        while (!stoppingToken.IsCancellationRequested)
        {
            await using var leadership = await election.TryAcquireAsync(Role, stoppingToken);
            if (leadership is null)
            {
                await Task.Delay(QueuedUpdatePoller.TakeoverEvery, stoppingToken);
                continue;
            }
            logger.LogInformation("This instance sends the outbox");
            while (!stoppingToken.IsCancellationRequested && await leadership.StillHeldAsync(stoppingToken))
            {
                var pending = outbox.Pending(Batch);
                if (pending.Count == 0)
                {
                    await Task.Delay(IdleWait, stoppingToken);
                    continue;
                }
                await Task.WhenAll(pending.GroupBy(m => m.ChatId).Select(chat => SendInOrderAsync(outbox, chat.ToList(), stoppingToken)));
            }
        }
    }

    private async Task SendInOrderAsync(IOutbox sent, IReadOnlyList<OutboxMessage> messages, CancellationToken stoppingToken)
    {
        foreach (var message in messages)
        {
            try
            {
                await telegram.SendAsync(message, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Retries are spent (TelegramCallRetrier): e.g. the user blocked the bot. Not sent, and not tried forever.
                logger.LogWarning("Message {Id} to chat {ChatId} could not be sent: {Message}", message.Id, message.ChatId, e.Message);
            }
            sent.MarkSent(message.Id);
        }
    }
}
