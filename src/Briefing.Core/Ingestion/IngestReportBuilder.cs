namespace Briefing.Core.Ingestion;

/// <summary>Accumulates counts during a run; not thread-safe (one run, one builder).</summary>
internal sealed class IngestReportBuilder
{
    private readonly List<IngestRejection> _rejected = [];
    private readonly List<IngestDuplicate> _duplicates = [];
    private readonly List<string> _changedArticleIds = [];
    private int _added, _updated, _unchanged, _skipped;

    public void Count(IngestOutcome outcome)
    {
        switch (outcome)
        {
            case IngestOutcome.Added: _added++; break;
            case IngestOutcome.Updated: _updated++; break;
            case IngestOutcome.Unchanged: _unchanged++; break;
        }
    }

    public void Reject(string input, string reason) => _rejected.Add(new IngestRejection(input, reason));

    public void Duplicate(IngestDuplicate duplicate) => _duplicates.Add(duplicate);

    public void Skip(int count) => _skipped += count;

    /// <summary>An article was added or updated: listeners (e.g. embeddings) must look at it after the run.</summary>
    public void Changed(string articleId) => _changedArticleIds.Add(articleId);

    public IReadOnlyList<string> ChangedArticleIds => _changedArticleIds;

    public int Articles => _added + _updated + _unchanged + _duplicates.Count;

    public IngestReport Build() => new()
    {
        Added = _added,
        Updated = _updated,
        Unchanged = _unchanged,
        Duplicates = _duplicates.Count,
        Skipped = _skipped,
        Rejected = _rejected.ToList(),
        DuplicateDetails = _duplicates.ToList(),
    };
}
