namespace Briefing.Telegram.Delivery;

/// <summary>
/// One holder per role among all instances (PostgreSQL advisory locks): the Telegram poller and the outbox sender run
/// on one instance at a time, and another takes over within seconds when the holder dies (its session ends).
/// </summary>
public interface ILeaderElection
{
    /// <summary>Takes the role when free; null when another instance holds it. Dispose to let go.</summary>
    Task<ILeadership?> TryAcquireAsync(string role, CancellationToken cancellationToken);
}

/// <summary>A role held by this instance.</summary>
public interface ILeadership : IAsyncDisposable
{
    /// <summary>False once the role is lost (the database session ended): the holder must stop acting.</summary>
    Task<bool> StillHeldAsync(CancellationToken cancellationToken);
}

/// <summary>An action that needs a role (<see cref="ILeadership"/>) was refused: the role is no longer held, or never was.</summary>
public sealed class LeadershipLostException(string message, Exception? inner = null) : Exception(message, inner);
