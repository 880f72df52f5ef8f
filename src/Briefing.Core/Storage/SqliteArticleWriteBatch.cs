using Briefing.Core.State;

namespace Briefing.Core.Storage;

/// <summary>
/// <see cref="IArticleWriteBatch"/> over a <see cref="StateWriteBatch"/> of <c>state.db</c>: the article rows and the
/// near-duplicate signatures (same file) written on the batch's flow commit together.
/// </summary>
internal sealed class SqliteArticleWriteBatch(StateWriteBatch batch) : IArticleWriteBatch
{
    public void Commit() => batch.Commit();

    public void Dispose() => batch.Dispose();
}
