using Npgsql;

namespace Briefing.Storage.Postgres;

/// <summary>
/// A connection for one store call (<see cref="PostgresDatabase.Connect"/>): the open <see cref="PostgresWriteBatch"/>'s
/// connection and transaction when this flow has one, else a pooled connection of its own. Dapper calls pass
/// <see cref="Transaction"/>, or the one <see cref="BeginTransaction"/> gave.
/// </summary>
public readonly struct PostgresStoreConnection : IDisposable
{
    internal PostgresStoreConnection(NpgsqlConnection connection, PostgresWriteBatch? batch)
    {
        Connection = connection;
        Batch = batch;
    }

    public NpgsqlConnection Connection { get; }

    /// <summary>The flow's open write batch, or null outside one.</summary>
    internal PostgresWriteBatch? Batch { get; }

    /// <summary>The batch's transaction, or null outside a batch.</summary>
    public NpgsqlTransaction? Transaction => Batch?.Transaction;

    /// <summary>
    /// A transaction for a write that must be atomic on its own (e.g. a signature and its band buckets): inside a batch
    /// it is the batch's (committed with the batch), outside a new one.
    /// </summary>
    public PostgresStoreTransaction BeginTransaction() =>
        Batch is { } batch ? new PostgresStoreTransaction(batch.Transaction, owned: false) : new PostgresStoreTransaction(Connection.BeginTransaction(), owned: true);

    public void Dispose()
    {
        if (Batch is null) Connection.Dispose();
    }
}

/// <summary>
/// A store write's transaction from <see cref="PostgresStoreConnection.BeginTransaction"/>: <see cref="Commit"/> commits
/// it when the write owns it and leaves it to the batch otherwise; disposing an uncommitted owned one rolls it back.
/// </summary>
public readonly struct PostgresStoreTransaction(NpgsqlTransaction transaction, bool owned) : IDisposable
{
    public NpgsqlTransaction Transaction { get; } = transaction;

    public void Commit()
    {
        if (owned) Transaction.Commit();
    }

    public void Dispose()
    {
        if (owned) Transaction.Dispose();
    }
}
