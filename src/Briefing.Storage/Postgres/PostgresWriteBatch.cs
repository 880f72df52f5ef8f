using System.Globalization;
using Briefing.Core.State;
using Briefing.Core.Storage;
using Dapper;
using Npgsql;

namespace Briefing.Storage.Postgres;

/// <summary>
/// One transaction that the article and near-duplicate store calls of one flow (an ingest run, a replica catch-up)
/// share until <see cref="Commit"/>: hundreds of article rows and signatures become one commit (one WAL flush) and one
/// change notification instead of one each, and reads on that flow see the batch's own writes (duplicate checks).
/// The first article write takes the <c>article_sequence</c> row lock, so from then until the commit other writers of
/// articles (every instance's) wait: keep batches short (the ingest commits every 250 ms at the latest). Disposing
/// without <see cref="Commit"/> rolls the batch back, which is what a crash does too.
/// </summary>
public sealed class PostgresWriteBatch : TransactionalWriteBatch<NpgsqlConnection, NpgsqlTransaction>, IArticleWriteBatch
{
    private long _lastChange;

    internal PostgresWriteBatch(NpgsqlConnection connection, Action closed)
        : base(connection, connection.BeginTransaction(), closed)
    {
    }

    /// <summary>An article change written in the batch: the other instances are woken once, at the commit.</summary>
    internal void ChangeWritten(long sequence) => _lastChange = Math.Max(_lastChange, sequence);

    protected override void BeforeCommit(NpgsqlTransaction transaction)
    {
        if (_lastChange <= 0) return;
        // Delivered at commit, like the notification of a single write; the payload is the batch's last change.
        Connection.Execute("SELECT pg_notify(@channel, @payload)",
            new { channel = PostgresArticleStore.ChangeChannel, payload = _lastChange.ToString(CultureInfo.InvariantCulture) }, transaction);
    }
}
