using Briefing.Core.Ingestion;
using Briefing.Core.Search;

namespace Briefing.Core.Curation;

/// <summary>
/// Tombstones of articles staff removed: the id and a fingerprint of the body text, so schedules do not bring the
/// same text back (<see cref="IWithheldArticles"/>). SQLite in <c>state.db</c> or the shared PostgreSQL database,
/// picked by <c>AddBriefingStorage</c>.
/// </summary>
public interface IArticleTombstoneStore : IWithheldArticles
{
    void Add(IReadOnlyList<IndexedArticle> removed, string reason);

    /// <summary>The articles are indexed again: schedules may update them as usual.</summary>
    void Lift(IReadOnlyList<string> articleIds);
}
