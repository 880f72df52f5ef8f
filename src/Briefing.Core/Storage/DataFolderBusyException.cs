namespace Briefing.Core.Storage;

/// <summary>Another process kept writing to the data folder for longer than this one was willing to wait.</summary>
public sealed class DataFolderBusyException(string dataDir, TimeSpan waited) : Exception(
    $"Another ingest is still writing to the data folder '{dataDir}' after {waited.TotalSeconds:0} s of waiting " +
    "(Briefing:WriterWaitSeconds). Nothing was changed; try again when it has finished.")
{
    public string DataDir { get; } = dataDir;
}
