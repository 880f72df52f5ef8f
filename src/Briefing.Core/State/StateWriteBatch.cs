using Microsoft.Data.Sqlite;

namespace Briefing.Core.State;

/// <summary>
/// One transaction that the store calls of one flow (the ingest writer) share until <see cref="Commit"/>: hundreds of
/// article rows and signatures become one WAL commit instead of one each, and reads on that flow see the batch's own
/// writes (duplicate checks). Opened with <c>BEGIN IMMEDIATE</c>, so it holds the database's write lock: keep batches
/// short, other writers wait for it (busy timeout). Disposing without <see cref="Commit"/> rolls the batch back,
/// which is what a crash does too.
/// </summary>
public sealed class StateWriteBatch : TransactionalWriteBatch<SqliteConnection, SqliteTransaction>
{
    internal StateWriteBatch(SqliteConnection connection, Action closed)
        : base(connection, connection.BeginTransaction(deferred: false), closed)
    {
    }
}
