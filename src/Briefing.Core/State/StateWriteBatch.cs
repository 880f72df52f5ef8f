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
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);

    internal StateWriteBatch(SqliteConnection connection, Action closed)
        : base(connection, connection.BeginTransaction(deferred: false), closed)
    {
    }

    /// <summary>
    /// The batch's command for <paramref name="sql"/>, made (with <paramref name="addParameters"/>) on first use and
    /// reused for every later call of the batch: SQLite parses and plans it once per batch instead of once per call.
    /// </summary>
    internal SqliteCommand Prepared(string sql, Action<SqliteCommand> addParameters)
    {
        if (_prepared.TryGetValue(sql, out var command)) return command;
        command = Connection.CreateCommand();
        command.CommandText = sql;
        addParameters(command);
        command.Prepare();
        _prepared[sql] = command;
        return command;
    }

    /// <summary>How many statements the batch keeps prepared (one per distinct SQL it ran through <see cref="Prepared"/>).</summary>
    internal int PreparedStatements => _prepared.Count;

    protected override void Closing()
    {
        foreach (var command in _prepared.Values) command.Dispose();
        _prepared.Clear();
    }
}
