namespace Briefing.Core.Ingestion;

/// <summary>What happened to one article.</summary>
public enum IngestOutcome
{
    Added,
    Updated,
    Unchanged,
    Duplicate,
    Rejected,
}
