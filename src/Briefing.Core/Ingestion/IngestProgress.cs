namespace Briefing.Core.Ingestion;

/// <summary>Progress of a long ingest: inputs done out of those known so far (folders grow the total as they are listed).</summary>
public sealed record IngestProgress(int Done, int Total, string Current);
