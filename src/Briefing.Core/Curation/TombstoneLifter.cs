using Briefing.Core.Ingestion;

namespace Briefing.Core.Curation;

/// <summary>After an ingest, lifts the tombstones of articles that were indexed again (explicitly, or with changed text).</summary>
public sealed class TombstoneLifter(IArticleTombstoneStore tombstones) : IIngestionListener
{
    public Task OnArticlesIndexedAsync(IReadOnlyList<string> changedArticleIds, CancellationToken cancellationToken)
    {
        tombstones.Lift(changedArticleIds);
        return Task.CompletedTask;
    }
}
