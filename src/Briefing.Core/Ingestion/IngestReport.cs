namespace Briefing.Core.Ingestion;

/// <summary>What an ingest run did. Serialised as the <c>ingest --json</c> output.</summary>
public sealed record IngestReport
{
    public int Added { get; init; }
    public int Updated { get; init; }
    public int Unchanged { get; init; }
    /// <summary>Articles whose text an indexed article already carries (exact, or near when a detector is registered).</summary>
    public int Duplicates { get; init; }
    /// <summary>Files in folders that no reader supports.</summary>
    public int Skipped { get; init; }
    public IReadOnlyList<IngestRejection> Rejected { get; init; } = [];
    public IReadOnlyList<IngestDuplicate> DuplicateDetails { get; init; } = [];

    public bool HasRejections => Rejected.Count > 0;

    public static IngestReport operator +(IngestReport a, IngestReport b) => new()
    {
        Added = a.Added + b.Added,
        Updated = a.Updated + b.Updated,
        Unchanged = a.Unchanged + b.Unchanged,
        Duplicates = a.Duplicates + b.Duplicates,
        Skipped = a.Skipped + b.Skipped,
        Rejected = [.. a.Rejected, .. b.Rejected],
        DuplicateDetails = [.. a.DuplicateDetails, .. b.DuplicateDetails],
    };
}

/// <summary>An input that was not indexed, and why.</summary>
public sealed record IngestRejection(string Input, string Reason);

/// <summary>An article recognised as a copy of one already indexed.</summary>
public sealed record IngestDuplicate(string Input, string ArticleId, string DuplicateOf, bool Exact);
