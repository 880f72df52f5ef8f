using Microsoft.Data.Sqlite;

namespace Briefing.Core.State;

/// <summary>
/// One transaction that the store calls of one flow (the ingest writer) share until <see cref="Commit"/>: hundreds of
/// article rows and signatures become one WAL commit instead of one each, and reads on that flow see the batch's own
/// writes (duplicate checks). Opened with <c>BEGIN IMMEDIATE</c>, so it holds the database's write lock: keep batches
/// short, other writers wait for it (busy timeout). Disposing without <see cref="Commit"/> rolls the batch back,
/// which is what a crash does too.
/// </summary>
public sealed class StateWriteBatch : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Action _closed;
    private SqliteTransaction? _transaction;

    internal StateWriteBatch(SqliteConnection connection, Action closed)
    {
        _connection = connection;
        _closed = closed;
        _transaction = connection.BeginTransaction(deferred: false);
    }

    /// <summary>False once committed or disposed: store calls then open their own connections again.</summary>
    internal bool IsOpen => _transaction is not null;

    internal SqliteConnection Connection => _connection;

    internal SqliteTransaction Transaction => _transaction ?? throw new InvalidOperationException("The write batch is closed.");

    public void Commit()
    {
        if (_transaction is null) return;
        _transaction.Commit();
        Close();
    }

    public void Dispose() => Close();

    private void Close()
    {
        if (_transaction is null) return;
        _transaction.Dispose();
        _transaction = null;
        _connection.Dispose();
        _closed();
    }
}
