namespace Briefing.Telegram.Delivery;

/// <summary>An update this instance holds the lease on: Telegram's JSON as received, and how often it was claimed.</summary>
public sealed record ClaimedUpdate(long UpdateId, long ChatId, string PayloadJson, int Attempts);
