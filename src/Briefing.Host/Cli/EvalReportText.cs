using System.Globalization;
using Briefing.Core.Evaluation;

namespace Briefing.Host.Cli;

/// <summary>The readable form of an eval report: one column per language plus "all", then one row per labelled group.</summary>
internal static class EvalReportText
{
    public static void Write(TextWriter output, EvalReport report)
    {
        var columns = report.Metrics.ByLanguage.Select(kv => (Name: kv.Key, Metrics: kv.Value)).Append((Name: "all", Metrics: report.Metrics.Overall)).ToList();
        Row(output, "metric", columns.Select(c => c.Name));
        Row(output, "cases", columns.Select(c => Count(c.Metrics.Cases)));
        Row(output, "answerable", columns.Select(c => Count(c.Metrics.Answerable)));
        Row(output, "unanswerable", columns.Select(c => Count(c.Metrics.Unanswerable)));
        Row(output, "R@1", columns.Select(c => Rate(c.Metrics.RecallAt1)));
        Row(output, "R@5", columns.Select(c => Rate(c.Metrics.RecallAt5)));
        Row(output, "MRR@10", columns.Select(c => Rate(c.Metrics.MrrAt10)));
        Row(output, "answer hit", columns.Select(c => Rate(c.Metrics.AnswerHit)));
        Row(output, "gold cited", columns.Select(c => Rate(c.Metrics.GoldCited)));
        Row(output, "answered", columns.Select(c => Rate(c.Metrics.Answered)));
        Row(output, "abstention precision", columns.Select(c => Rate(c.Metrics.AbstentionPrecision)));
        Row(output, "abstention recall", columns.Select(c => Rate(c.Metrics.AbstentionRecall)));
        Row(output, "wrong language", columns.Select(c => Count(c.Metrics.WrongLanguage)));
        Row(output, "sentences/answer", columns.Select(c => Rate(c.Metrics.MeanSentences)));
        Row(output, "latency p50 ms", columns.Select(c => Rate(c.Metrics.LatencyP50Ms)));
        Row(output, "latency p95 ms", columns.Select(c => Rate(c.Metrics.LatencyP95Ms)));
        if (columns.Any(c => c.Metrics.CitationValidity is not null))
        {
            Row(output, "citation validity", columns.Select(c => Rate(c.Metrics.CitationValidity)));
            Row(output, "unsupported sentences", columns.Select(c => Rate(c.Metrics.UnsupportedSentenceRate)));
        }
        WriteGroups(output, report.Metrics.Groups);
    }

    /// <summary>Groups are many (kinds, crossings, pairs, unanswerable kinds), so they are rows, the metrics columns.</summary>
    private static void WriteGroups(TextWriter output, IReadOnlyDictionary<string, EvalMetrics> groups)
    {
        if (groups.Count == 0) return;
        output.WriteLine();
        Row(output, "group", ["cases", "R@1", "hit", "cited", "answered", "abst P", "abst R", "p50 ms", "p95 ms"]);
        foreach (var (name, m) in groups)
        {
            Row(output, name, [Count(m.Cases), Rate(m.RecallAt1), Rate(m.AnswerHit), Rate(m.GoldCited), Rate(m.Answered),
                Rate(m.AbstentionPrecision), Rate(m.AbstentionRecall), Rate(m.LatencyP50Ms), Rate(m.LatencyP95Ms)]);
        }
    }

    private static void Row(TextWriter output, string name, IEnumerable<string> values) =>
        output.WriteLine($"{name,-22}{string.Concat(values.Select(v => v.PadLeft(10)))}");

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Rate(double? value) => value?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-";
}
