using Briefing.Telegram.Delivery;
using Dapper;
using Npgsql;

namespace Briefing.Storage.Postgres;

/// <summary>
/// <see cref="ILeaderElection"/> with PostgreSQL session advisory locks: the holder keeps a connection open with the
/// lock; when its process dies the server ends the session and the lock is free for the next instance.
/// </summary>
public sealed class PostgresLeaderElection(PostgresDatabase database) : ILeaderElection
{
    /// <summary>The first key of the two-key advisory lock ("BRIF"): keeps these locks apart from other users'.</summary>
    private const int LockSpace = 0x42524946;

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

    private sealed class Leadership(NpgsqlConnection connection, string role) : ILeadership
    {
        public async Task<bool> StillHeldAsync(CancellationToken cancellationToken)
        {
            try
            {
                return await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken)) == 1;
            }
            catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException)
            {
                return false; // the session (and with it the lock) is gone
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await connection.ExecuteAsync("SELECT pg_advisory_unlock(@space, hashtext(@role))", new { space = LockSpace, role });
            }
            catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException)
            {
                // the session ended: the server already let go of the lock
            }
            await connection.DisposeAsync();
        }
    }
}
