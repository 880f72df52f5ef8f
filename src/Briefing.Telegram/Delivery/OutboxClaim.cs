namespace Briefing.Telegram.Delivery;

/// <summary>
/// A claim of an outbox message (<see cref="IOutbox.ClaimAsync"/>): its <paramref name="Attempt"/> (1 for the first
/// claim; 2 or more when an earlier sender claimed it and stopped before marking it sent) and, when claimed before, the
/// holding that claimed it last (<paramref name="PreviousClaimant"/>: the sender role's term label, never message
/// content).
/// </summary>
public sealed record OutboxClaim(int Attempt, string? PreviousClaimant);
