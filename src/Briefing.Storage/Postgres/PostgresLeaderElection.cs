using System.Data;
using Briefing.Telegram.Delivery;
using Dapper;
using Npgsql;

namespace Briefing.Storage.Postgres;

/// <summary>
/// <see cref="ILeaderElection"/> with PostgreSQL session advisory locks: the holder keeps a connection open with the
/// lock; when its process dies the server ends the session and the lock is free for the next instance. Work that must
/// happen only while the role is held (the outbox's claims, <see cref="PostgresOutbox.ClaimAsync"/>) runs on that
/// same connection and checks the lock in the same statement.
/// </summary>
public sealed class PostgresLeaderElection(PostgresDatabase database) : ILeaderElection
{
    /// <summary>The first key of the two-key advisory lock ("BRIF"): keeps these locks apart from other users'.</summary>
    private const int LockSpace = 0x42524946;

    /// <summary>
    /// SQL that is true while this session holds the role's lock (parameters <c>@space</c>, <c>@role</c>): a two-key
    /// advisory lock shows in pg_locks with the keys as classid and objid (as oid) and objsubid 2.
    /// </summary>
    internal const string HoldsLockSql = """
        EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted
                AND classid = (@space)::oid AND objid = (hashtext(@role))::oid AND objsubid = 2)
        """;

    public async Task<ILeadership?> TryAcquireAsync(string role, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken);
        try
        {
            var acquired = await connection.ExecuteScalarAsync<bool>(
                new CommandDefinition("SELECT pg_try_advisory_lock(@space, hashtext(@role))", new { space = LockSpace, role }, cancellationToken: cancellationToken));
            if (acquired) return new Leadership(connection, role);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    /// <summary>One holding of a role: its lock's connection, used by one caller at a time.</summary>
    internal sealed class Leadership(NpgsqlConnection connection, string role) : ILeadership
    {
        private readonly SemaphoreSlim _connectionGate = new(1, 1);

        public string Role => role;

        /// <summary>Names this holding among all holdings of the role, past and future (the outbox's <c>claimed_by</c>).</summary>
        public string Term { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

        public async Task<bool> StillHeldAsync(CancellationToken cancellationToken)
        {
            try
            {
                return await OnLockConnectionAsync((held, parameters) => held.ExecuteScalarAsync<bool>(
                    new CommandDefinition($"SELECT {HoldsLockSql}", parameters, cancellationToken: cancellationToken)), cancellationToken);
            }
            catch (LeadershipLostException)
            {
                return false; // the session (and with it the lock) is gone
            }
        }

        /// <summary>
        /// Runs <paramref name="action"/> on the lock's connection (one at a time), with the parameters
        /// <see cref="HoldsLockSql"/> needs; a broken session throws <see cref="LeadershipLostException"/>.
        /// </summary>
        internal async Task<T> OnLockConnectionAsync<T>(Func<NpgsqlConnection, DynamicParameters, Task<T>> action, CancellationToken cancellationToken)
        {
            await _connectionGate.WaitAsync(cancellationToken);
            try
            {
                var parameters = new DynamicParameters(new { space = LockSpace, role });
                return await action(connection, parameters);
            }
            catch (Exception e) when (e is not OperationCanceledException && connection.FullState != ConnectionState.Open)
            {
                // The session is gone, and with it the lock (a failing statement on a live session is thrown as is).
                throw new LeadershipLostException($"The {role} role's database session ended", e);
            }
            finally
            {
                _connectionGate.Release();
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _connectionGate.WaitAsync();
            try
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@space, hashtext(@role))", new { space = LockSpace, role });
            }
            catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException)
            {
                // the session ended: the server already let go of the lock
            }
            await connection.DisposeAsync();
            _connectionGate.Release();
        }
    }
}
