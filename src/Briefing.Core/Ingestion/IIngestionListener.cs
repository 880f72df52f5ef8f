namespace Briefing.Core.Ingestion;

/// <summary>
/// Told after every ingest run (once its writes are committed) which articles were added or updated, e.g. to
/// embed their passages. A listener's failure is logged and never fails the ingest.
/// </summary>
public interface IIngestionListener
{
    Task OnArticlesIndexedAsync(IReadOnlyList<string> changedArticleIds, CancellationToken cancellationToken);
}
