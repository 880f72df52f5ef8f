namespace Briefing.Core.Storage;

/// <summary>
/// The one-writer-per-data-folder lock: <c>{DataDir}/writer.lock</c> opened with <see cref="FileShare.None"/>, which
/// .NET maps to an exclusive <c>flock</c> on Unix (a sharing violation on Windows). It is held by the open file, so
/// the operating system lets go of it when the process ends in any way, kill -9 included: no stale lock files.
/// Readers never take it.
/// </summary>
public sealed class DataFolderLock : IDisposable
{
    public const string FileName = "writer.lock";
    private static readonly TimeSpan RetryEvery = TimeSpan.FromMilliseconds(200);
    private readonly FileStream _file;

    private DataFolderLock(FileStream file) => _file = file;

    /// <summary>
    /// Takes the lock, waiting up to <paramref name="wait"/> while another process holds it; <paramref name="onWaiting"/>
    /// is told once, when the wait begins. Throws <see cref="DataFolderBusyException"/> when the wait runs out.
    /// </summary>
    public static async Task<DataFolderLock> AcquireAsync(
        string dataDir, TimeSpan wait, Action? onWaiting, TimeProvider time, CancellationToken cancellationToken)
    {
        var path = Path.Combine(dataDir, FileName);
        var started = time.GetTimestamp();
        var told = false;
        while (true)
        {
            if (TryOpen(path) is { } file) return new DataFolderLock(file);
            if (time.GetElapsedTime(started) >= wait) throw new DataFolderBusyException(dataDir, wait);
            if (!told)
            {
                onWaiting?.Invoke();
                told = true;
            }
            await Task.Delay(RetryEvery, time, cancellationToken);
        }
    }

    /// <summary>True when another process (or another holder in this one) writes to <paramref name="dataDir"/> now.</summary>
    public static bool IsHeld(string dataDir)
    {
        var path = Path.Combine(dataDir, FileName);
        if (!File.Exists(path)) return false;
        using var file = TryOpen(path);
        return file is null;
    }

    private static FileStream? TryOpen(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
        }
        catch (IOException) when (File.Exists(path))
        {
            return null; // held elsewhere: a sharing violation (EWOULDBLOCK from flock)
        }
    }

    public void Dispose() => _file.Dispose();
}
