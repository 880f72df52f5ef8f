using Lucene.Net.Store;
using Lock = Lucene.Net.Store.Lock;

namespace Briefing.Core.Search.LuceneIndex;

/// <summary>
/// Lucene's write lock as an exclusive OS lock: the lock file is opened with <see cref="FileShare.None"/> (an
/// exclusive <c>flock</c> on Unix). Lucene.Net's <see cref="NativeFSLockFactory"/> opens it shareable, which .NET
/// maps to a shared lock on Unix, so a second writer in another process was never stopped. The OS drops the lock
/// when the holder dies, so a crash leaves no stale lock.
/// </summary>
internal sealed class ExclusiveFileLockFactory(string folder) : LockFactory
{
    public override Lock MakeLock(string lockName) =>
        new ExclusiveFileLock(Path.Combine(folder, m_lockPrefix is { Length: > 0 } prefix ? $"{prefix}-{lockName}" : lockName));

    public override void ClearLock(string lockName)
    {
        // The OS releases the lock with its holder; a lock file left behind is harmless and reused.
    }

    private sealed class ExclusiveFileLock(string path) : Lock
    {
        private FileStream? _file;

        public override bool Obtain()
        {
            if (_file is not null) return false; // Lucene's contract: a lock instance is obtained once
            try
            {
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
                return true;
            }
            catch (IOException)
            {
                return false;
            }
        }

        public override bool IsLocked()
        {
            if (_file is not null) return true;
            try
            {
                using var probe = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
                return false;
            }
            catch (IOException)
            {
                return true;
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (!disposing) return;
            _file?.Dispose();
            _file = null;
        }

        public override string ToString() => $"ExclusiveFileLock@{path}";
    }
}
