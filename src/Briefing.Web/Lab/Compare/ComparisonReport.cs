using Briefing.Core.Evaluation;

namespace Briefing.Web.Lab.Compare;

/// <summary>What a comparison found (also its JSON export): both variants' eval metrics and the per-question differences.</summary>
public sealed record ComparisonReport(
    VariantReport A,
    VariantReport B,
    IReadOnlyList<CompareRow> Rows,
    IReadOnlyList<string> SkippedLines);

/// <summary>One variant: what it was, and the metrics <c>eval</c> reports for it.</summary>
public sealed record VariantReport(string PromptsDir, string Model, string Generator, EvalReportMetrics Metrics);

/// <summary>One question under both variants, and what differs.</summary>
public sealed record CompareRow(string Id, string Question, bool ExpectsAbstention, CaseOutcome A, CaseOutcome B, IReadOnlyList<string> Differences);

/// <summary>One variant's answer to a case, with the judgements <c>eval</c> makes.</summary>
public sealed record CaseOutcome(
    string Answer,
    string Generator,
    bool Abstained,
    bool? AnswerHit,
    bool? GoldCited,
    int? GoldRank,
    int? UnsupportedSentences,
    double ElapsedMs)
{
    public static CaseOutcome From(EvalCaseResult result) => new(
        result.Answer?.Text ?? "",
        result.Answer?.Generator ?? "",
        result.Abstained,
        result.AnswerHit,
        result.GoldCited,
        result.GoldRank,
        result.Verification?.UnsupportedSentences,
        result.ElapsedMs);
}
