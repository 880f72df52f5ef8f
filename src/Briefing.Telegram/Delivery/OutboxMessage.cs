using Briefing.Telegram.Replies;

namespace Briefing.Telegram.Delivery;

/// <summary>One Telegram message waiting to be sent: ready HTML (one part of a rendered reply) and its buttons.</summary>
public sealed record OutboxMessage(long ChatId, string Html, IReadOnlyList<ReplyButton> Buttons, long Id = 0);
