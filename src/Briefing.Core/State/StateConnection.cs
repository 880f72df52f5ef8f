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
    private readonly StateWriteBatch? _batch;

    internal StateConnection(SqliteConnection connection, SqliteTransaction? transaction, bool owned, StateWriteBatch? batch = null)
    {
        Connection = connection;
        Transaction = transaction;
        _owned = owned;
        _batch = batch;
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

    /// <summary>
    /// A command run many times in a row with new parameter values (the ingest's per-article look-ups): inside a write
    /// batch it is prepared once and kept for the batch — Microsoft.Data.Sqlite parses and plans the SQL again for every
    /// new command (no statement cache across commands, dotnet/efcore#14044). Outside a batch a new command each time.
    /// Set the parameters <paramref name="addParameters"/> created by name or index; dispose the result either way.
    /// </summary>
    public RepeatedCommand Repeated(string sql, Action<SqliteCommand> addParameters)
    {
        if (_batch is { IsOpen: true } batch) return new RepeatedCommand(batch.Prepared(sql, addParameters), owned: false);
        var command = Command(sql);
        addParameters(command);
        return new RepeatedCommand(command, owned: true);
    }

    public void Dispose()
    {
        if (_owned) Connection.Dispose();
    }
}

/// <summary>A command from <see cref="StateConnection.Repeated"/>: disposing it disposes only a command the batch does not keep.</summary>
public readonly struct RepeatedCommand(SqliteCommand command, bool owned) : IDisposable
{
    public SqliteCommand Command { get; } = command;

    public void Dispose()
    {
        if (owned) Command.Dispose();
    }
}
