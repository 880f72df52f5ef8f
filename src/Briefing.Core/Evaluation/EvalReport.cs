namespace Briefing.Core.Evaluation;

/// <summary>What <c>eval --json</c> prints: case count, metrics overall and per language, per-case results.</summary>
public sealed record EvalReport(int Cases, EvalReportMetrics Metrics, IReadOnlyList<EvalCaseResult> Results);

/// <summary>Metrics over all cases and per answer language.</summary>
public sealed record EvalReportMetrics(EvalMetrics Overall, IReadOnlyDictionary<string, EvalMetrics> ByLanguage);
