namespace Briefing.Core.Digests.Scheduling;

/// <summary>Sends a scheduled digest to a subscriber's chat (implemented by the Telegram side).</summary>
public interface IDigestDelivery
{
    /// <summary>Renders <paramref name="digest"/> in the subscriber's language and sends it. Throws when nothing could be delivered.</summary>
    Task DeliverAsync(Subscription subscription, Digest digest, CancellationToken cancellationToken);
}
