using System.Data.Common;

namespace Briefing.Core.State;

/// <summary>
/// The life of a write batch, the same for both databases: one connection and one transaction that a flow's store
/// calls share until <see cref="Commit"/>; closing (commit, dispose, or a crash) ends the transaction, closes the
/// connection and tells the database the flow has no batch any more. Disposing without a commit rolls back.
/// </summary>
public abstract class TransactionalWriteBatch<TConnection, TTransaction> : IDisposable
    where TConnection : DbConnection
    where TTransaction : DbTransaction
{
    private readonly Action _closed;
    private TTransaction? _transaction;

    protected TransactionalWriteBatch(TConnection connection, TTransaction transaction, Action closed)
    {
        Connection = connection;
        _transaction = transaction;
        _closed = closed;
    }

    /// <summary>False once committed or disposed: store calls then open their own connections again.</summary>
    internal bool IsOpen => _transaction is not null;

    internal TConnection Connection { get; }

    internal TTransaction Transaction => _transaction ?? throw new InvalidOperationException("The write batch is closed.");

    public void Commit()
    {
        if (_transaction is null) return;
        BeforeCommit(_transaction);
        _transaction.Commit();
        Close();
    }

    /// <summary>Last writes of the batch inside its transaction (a change notification delivered at commit).</summary>
    protected virtual void BeforeCommit(TTransaction transaction)
    {
    }

    /// <summary>Before the transaction and connection go: what the batch kept on its connection (prepared statements).</summary>
    protected virtual void Closing()
    {
    }

    public void Dispose() => Close();

    private void Close()
    {
        if (_transaction is null) return;
        Closing();
        _transaction.Dispose();
        _transaction = null;
        Connection.Dispose();
        _closed();
    }
}
