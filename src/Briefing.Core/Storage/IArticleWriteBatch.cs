namespace Briefing.Core.Storage;

/// <summary>
/// The store writes of one ingest flow grouped into one transaction (<see cref="IArticleStore.BeginWriteBatch"/>):
/// nothing of it is visible to others, or survives a crash, before <see cref="Commit"/>. Disposing without committing
/// drops it, as a crash would; the article store is the system of record, so a dropped batch is simply ingested again.
/// </summary>
public interface IArticleWriteBatch : IDisposable
{
    void Commit();
}
