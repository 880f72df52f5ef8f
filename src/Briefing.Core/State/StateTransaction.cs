using Microsoft.Data.Sqlite;

namespace Briefing.Core.State;

/// <summary>
/// A store write's transaction from <see cref="StateConnection.BeginTransaction"/>: <see cref="Commit"/> commits it
/// when the write owns it and leaves it to the batch otherwise; disposing an uncommitted owned one rolls it back.
/// </summary>
public readonly struct StateTransaction(SqliteTransaction transaction, bool owned) : IDisposable
{
    public SqliteTransaction Transaction { get; } = transaction;

    public void Commit()
    {
        if (owned) Transaction.Commit();
    }

    public void Dispose()
    {
        if (owned) Transaction.Dispose();
    }
}
