using System.Diagnostics;
using Briefing.Core.Diagnostics;

namespace Briefing.Core.Evaluation;

/// <summary>
/// With BRIEFING_CPU_TRACE=1, one line per eval case on standard error: "CPU id cpuMs wallMs sameThread startTicks endTicks".
/// A measuring aid for the speed benchmarks, not a product setting. On a shared machine a question's wall-clock latency
/// measures the other processes as much as the pipeline (at load 100 on two cores the warm ask p50 read 138 ms, against
/// 7.7 ms at load 2); the asking thread's own CPU time (<see cref="ThreadCpuClock"/>) does not count waiting for a core, so
/// two versions can be compared question by question. The ticks (the monotonic clock) place a question in a
/// <c>perf record -k CLOCK_MONOTONIC</c> profile. sameThread is 0 when the question resumed on another thread, whose
/// time the first thread's clock missed.
/// </summary>
internal static class ThreadCpuTrace
{
    private static readonly bool On = Environment.GetEnvironmentVariable("BRIEFING_CPU_TRACE") == "1";

    /// <summary>Starts measuring one case; null (and free) when tracing is off.</summary>
    public static Measurement? Start() => On ? new Measurement(Environment.CurrentManagedThreadId, ThreadCpuClock.Nanoseconds(), Stopwatch.GetTimestamp()) : null;

    public sealed record Measurement(int ThreadId, long CpuNanoseconds, long StartTicks)
    {
        public void Report(string id, double wallMs)
        {
            var cpuMs = (ThreadCpuClock.Nanoseconds() - CpuNanoseconds) / 1e6;
            var sameThread = ThreadId == Environment.CurrentManagedThreadId ? 1 : 0;
            Console.Error.WriteLine($"CPU\t{id}\t{cpuMs:F3}\t{wallMs:F3}\t{sameThread}\t{StartTicks}\t{Stopwatch.GetTimestamp()}");
        }
    }
}
