namespace Briefing.Core.Ingestion;

/// <summary>
/// Progress of a long ingest. Inputs are files, feeds or pages (a folder counts as its files); one input can
/// hold many articles (a JSON Lines file, a feed), so articles are counted separately.
/// </summary>
public sealed record IngestProgress(int InputsDone, int InputsTotal, int Articles, string Current);
