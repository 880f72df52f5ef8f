using Microsoft.Data.Sqlite;

namespace Briefing.Core.State;

/// <summary>
/// A connection for one store call (<see cref="StateDatabase.Connect"/>): the open <see cref="StateWriteBatch"/>'s
/// connection and transaction when this flow has one, else a pooled connection of its own. Commands must run in the
/// connection's pending transaction (SQLite refuses others): <see cref="Command"/> does; Dapper calls pass
/// <see cref="Transaction"/> or the one <see cref="BeginTransaction"/> gave.
/// </summary>
public readonly struct StateConnection : IDisposable
{
    private readonly bool _owned;

    internal StateConnection(SqliteConnection connection, SqliteTransaction? transaction, bool owned)
    {
        Connection = connection;
        Transaction = transaction;
        _owned = owned;
    }

    public SqliteConnection Connection { get; }

    /// <summary>The batch's transaction, or null outside a batch.</summary>
    public SqliteTransaction? Transaction { get; }

    /// <summary>
    /// A transaction for a write that must be atomic on its own (e.g. the next sequence and the row): inside a batch it
    /// is the batch's (committed with the batch), outside a new one.
    /// </summary>
    public StateTransaction BeginTransaction() =>
        Transaction is { } batch ? new StateTransaction(batch, owned: false) : new StateTransaction(Connection.BeginTransaction(), owned: true);

    public SqliteCommand Command(string sql)
    {
        // CreateCommand takes the connection's pending transaction (the batch's, or one this call began).
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

    public void Dispose()
    {
        if (_owned) Connection.Dispose();
    }
}
