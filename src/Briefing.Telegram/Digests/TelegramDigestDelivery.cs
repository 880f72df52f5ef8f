using Briefing.Core.Digests;
using Briefing.Core.Digests.Scheduling;
using Briefing.Telegram.Messaging;

namespace Briefing.Telegram.Digests;

/// <summary>Sends scheduled digests to subscribers' chats in their language, through the rate-limited, retrying messenger.</summary>
public sealed class TelegramDigestDelivery(IChatMessenger messenger) : IDigestDelivery
{
    public Task DeliverAsync(Subscription subscription, Digest digest, CancellationToken cancellationToken) =>
        messenger.SendAsync(subscription.ChatId, DigestReplies.ForDigest(digest, subscription.Language), cancellationToken);
}
