using System.Diagnostics;
using System.Text;
using Briefing.Core.Diagnostics;

namespace Briefing.Core.Ingestion;

/// <summary>
/// Where an ingest run's time goes, stage by stage (bench/README.md, issue 13): wall time and the calling thread's CPU
/// time per stage, summed over the run and written to the log at its end. Off unless the environment variable
/// <c>BRIEFING_INGEST_TRACE=1</c> is set: it is a measuring aid for the speed benchmarks, not a product setting. CPU time
/// (the thread's own, from <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c> on Linux) says what a stage costs on a machine
/// shared with others; wall time also counts waiting for a core.
/// </summary>
internal static class IngestStageTimes
{
    public enum Stage
    {
        /// <summary>Reading ahead: reading and parsing the inputs (a file, then each of its articles with its language), on the reading task.</summary>
        Read,
        /// <summary>Reading ahead: passages, content hash, near-duplicate signature (reader threads).</summary>
        Prepare,
        /// <summary>The store's look-ups by id and content hash.</summary>
        StoreLookup,
        /// <summary>The near-duplicate candidates and their comparison.</summary>
        NearDuplicate,
        /// <summary>The article row (sequence, upsert).</summary>
        StoreSave,
        /// <summary>The near-duplicate signature and its band rows.</summary>
        Signature,
        /// <summary>Lucene: documents made, analysed and added to the writer's buffer.</summary>
        IndexAdd,
        /// <summary>The store writer handing an article on to the index thread (waiting when the index is behind).</summary>
        IndexQueue,
        /// <summary>The store batch's commit.</summary>
        StoreCommit,
        /// <summary>Lucene's commit (segment flush, fsync, searcher refresh).</summary>
        IndexCommit,
    }

    private static readonly int Stages = Enum.GetValues<Stage>().Length;
    private static readonly long[] WallTicks = new long[Stages];
    private static readonly long[] CpuNanoseconds = new long[Stages];
    private static readonly long[] Calls = new long[Stages];

    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("BRIEFING_INGEST_TRACE") == "1";

    /// <summary>Starts timing a stage on this thread; dispose to add it. Free when tracing is off.</summary>
    public static Timing Time(Stage stage) => Enabled ? new Timing(stage, Stopwatch.GetTimestamp(), ThreadCpuClock.Nanoseconds()) : default;

    /// <summary>When the run began (<see cref="Reset"/>): the summary says how long the process took to get there.</summary>
    private static long _runStarted;

    /// <summary>
    /// When the first article reached the store writer: wall and process CPU milliseconds since the process started
    /// (0 until then). Everything before it (runtime, host, state.db, index, the first read) is the run's serial start.
    /// </summary>
    private static long _firstArticleWallMs, _firstArticleCpuMs;

    /// <summary>Notes the first article of the run reaching the writer (later calls do nothing).</summary>
    public static void FirstArticle()
    {
        if (!Enabled || Interlocked.Read(ref _firstArticleWallMs) != 0) return;
        Interlocked.Exchange(ref _firstArticleCpuMs, (long)Environment.CpuUsage.TotalTime.TotalMilliseconds);
        Interlocked.Exchange(ref _firstArticleWallMs, (long)(DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds);
    }

    public static void Reset()
    {
        _runStarted = Stopwatch.GetTimestamp();
        _firstArticleWallMs = _firstArticleCpuMs = 0;
        Array.Clear(WallTicks);
        Array.Clear(CpuNanoseconds);
        Array.Clear(Calls);
    }

    /// <summary>One line per stage that ran: calls, wall and CPU milliseconds.</summary>
    public static string Summary()
    {
        // Process start to the run's start (host, configuration, state.db and index opened), then the run itself.
        var startUp = (DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds - Stopwatch.GetElapsedTime(_runStarted).TotalMilliseconds;
        var text = new StringBuilder($"Ingest run {Stopwatch.GetElapsedTime(_runStarted).TotalMilliseconds:0} ms wall after {startUp:0} ms of start-up; " +
            $"first article to the writer {Interlocked.Read(ref _firstArticleWallMs)} ms wall / {Interlocked.Read(ref _firstArticleCpuMs)} ms process CPU after process start; " +
            "stages (wall ms / thread CPU ms / calls):");
        for (var i = 0; i < Stages; i++)
        {
            if (Interlocked.Read(ref Calls[i]) == 0) continue;
            text.Append($" {(Stage)i} {Stopwatch.GetElapsedTime(0, Interlocked.Read(ref WallTicks[i])).TotalMilliseconds:0} / " +
                $"{Interlocked.Read(ref CpuNanoseconds[i]) / 1e6:0} / {Interlocked.Read(ref Calls[i])};");
        }
        return text.ToString();
    }

    public readonly struct Timing(Stage stage, long startTicks, long startCpu) : IDisposable
    {
        public void Dispose()
        {
            if (startTicks == 0) return;
            Interlocked.Add(ref WallTicks[(int)stage], Stopwatch.GetTimestamp() - startTicks);
            Interlocked.Add(ref CpuNanoseconds[(int)stage], ThreadCpuClock.Nanoseconds() - startCpu);
            Interlocked.Increment(ref Calls[(int)stage]);
        }
    }
}
