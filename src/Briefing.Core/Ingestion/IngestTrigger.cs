namespace Briefing.Core.Ingestion;

/// <summary>
/// Who asked for an ingest. Articles that staff removed stay removed when a schedule brings them again (the feed
/// poller, the sources ingested at start-up) unless their text changed; an explicit ingest always brings them back.
/// </summary>
public enum IngestTrigger
{
    /// <summary>A person asked for these inputs: <c>ingest</c>, <c>/ingest</c>, an upload.</summary>
    Explicit,

    /// <summary>Configured sources read on a schedule: the feed poller, <c>Briefing:Sources</c> at start-up.</summary>
    Scheduled,
}
