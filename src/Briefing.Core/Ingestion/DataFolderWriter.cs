using Briefing.Core.Configuration;
using Briefing.Core.Search;
using Briefing.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Ingestion;

/// <summary>
/// The one way to write to a data folder: one writer at a time in this process (a semaphore) and across processes
/// (<see cref="DataFolderLock"/>, waiting up to <c>Briefing:WriterWaitSeconds</c> with a "waiting for another
/// ingest" line). Each run first catches the index up with the store (recovering an interrupted run), and ends by
/// committing and closing the index writer, so the lock is free for the next process.
/// </summary>
public sealed class DataFolderWriter(
    IOptions<BriefingOptions> options,
    INewsIndex index,
    IndexCatchUp catchUp,
    TimeProvider time,
    ILogger<DataFolderWriter> logger)
{
    private readonly SemaphoreSlim _oneInThisProcess = new(1, 1);

    /// <param name="catchUpFirst">False for <c>reindex</c>, which rebuilds the index instead (it may be unreadable).</param>
    public async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken, bool catchUpFirst = true)
    {
        await _oneInThisProcess.WaitAsync(cancellationToken);
        try
        {
            var settings = options.Value;
            Directory.CreateDirectory(settings.DataDirFullPath);
            var wait = TimeSpan.FromSeconds(settings.WriterWaitSeconds);
            using var folderLock = await DataFolderLock.AcquireAsync(settings.DataDirFullPath, wait,
                () => logger.LogWarning("Waiting for another ingest into {DataDir} to finish (up to {Seconds:0} s, Briefing:WriterWaitSeconds) ...",
                    settings.DataDirFullPath, wait.TotalSeconds),
                time, cancellationToken);
            try
            {
                if (catchUpFirst) catchUp.Run();
                return await write();
            }
            finally
            {
                // Whatever the run stored but did not index itself (a removal, say) follows before the lock is let go.
                catchUp.Run();
                index.ReleaseWriter();
            }
        }
        finally
        {
            _oneInThisProcess.Release();
        }
    }
}
