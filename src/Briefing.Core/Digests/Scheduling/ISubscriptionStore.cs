namespace Briefing.Core.Digests.Scheduling;

/// <summary>
/// Daily digest subscriptions, one per chat. The last sent local date is claimed atomically before sending, so two
/// scheduler instances or a restart mid-send can never send a chat two digests on one local day.
/// </summary>
public interface ISubscriptionStore
{
    /// <summary>
    /// Creates or changes a chat's subscription. A time already past today counts from tomorrow (no surprise digest
    /// on subscribing); a digest already sent today stays the only one today.
    /// </summary>
    Subscription Subscribe(long chatId, TimeOnly sendAt, TimeZoneInfo zone, string language);

    /// <summary>True when the chat had a subscription.</summary>
    bool Unsubscribe(long chatId);

    Subscription? Find(long chatId);

    IReadOnlyList<Subscription> All();

    /// <summary>Marks <paramref name="localDate"/> as sent for the chat unless it (or a later date) already is; true when this caller won.</summary>
    bool TryClaim(long chatId, DateOnly localDate);

    /// <summary>Gives a claim back after a delivery that sent nothing, so the digest is tried again the same day.</summary>
    void Release(long chatId, DateOnly claimed, DateOnly? previous);
}
