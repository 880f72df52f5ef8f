namespace Briefing.Core.Evaluation;

/// <summary>What <c>eval --json</c> prints: case count, metrics overall and per language, per-case results.</summary>
public sealed record EvalReport(int Cases, EvalReportMetrics Metrics, IReadOnlyList<EvalCaseResult> Results);

/// <summary>Metrics over all cases, per answer language, and per labelled group (see <see cref="EvalGroups"/>).</summary>
public sealed record EvalReportMetrics(EvalMetrics Overall, IReadOnlyDictionary<string, EvalMetrics> ByLanguage, IReadOnlyDictionary<string, EvalMetrics> Groups);
