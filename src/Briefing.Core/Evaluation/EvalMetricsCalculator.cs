using Briefing.Core.Answering;

namespace Briefing.Core.Evaluation;

/// <summary>Aggregates case results into <see cref="EvalMetrics"/>.</summary>
public static class EvalMetricsCalculator
{
    public static EvalMetrics Compute(IReadOnlyList<EvalCaseResult> results)
    {
        var answerable = results.Where(r => !r.ExpectedAbstention).ToList();
        var unanswerable = results.Count(r => r.ExpectedAbstention);
        var abstentions = results.Count(r => r.Abstained);
        var rightAbstentions = results.Count(r => r.Abstained && r.ExpectedAbstention);
        var withAnswers = answerable.Where(r => r.AnswerHit is not null).ToList();
        var answered = results.Where(r => !r.Abstained).ToList();
        var verified = results.Select(r => r.Verification).OfType<AnswerVerification>().ToList();
        return new EvalMetrics
        {
            Cases = results.Count,
            Answerable = answerable.Count,
            Unanswerable = unanswerable,
            RecallAt1 = Share(answerable, r => r.GoldRank == 1),
            RecallAt5 = Share(answerable, r => r.GoldRank is <= 5),
            MrrAt10 = answerable.Count == 0 ? null : Round(answerable.Average(r => r.GoldRank is { } rank and <= 10 ? 1.0 / rank : 0)),
            AnswerHit = Share(withAnswers, r => r.AnswerHit == true),
            GoldCited = Share(answerable, r => r.GoldCited == true),
            Answered = Share(answerable, r => !r.Abstained),
            AbstentionPrecision = abstentions == 0 ? null : Round((double)rightAbstentions / abstentions),
            AbstentionRecall = unanswerable == 0 ? null : Round((double)rightAbstentions / unanswerable),
            WrongLanguage = results.Count(r => r.WrongLanguage),
            MeanSentences = answered.Count == 0 ? null : Round(answered.Average(r => r.Sentences)),
            LatencyP50Ms = Percentile(results, 0.50),
            LatencyP95Ms = Percentile(results, 0.95),
            CitationValidity = verified.Sum(v => v.Citations) is > 0 and var citations ? Round((double)verified.Sum(v => v.ValidCitations) / citations) : null,
            UnsupportedSentenceRate = verified.Sum(v => v.Sentences) is > 0 and var sentences ? Round((double)verified.Sum(v => v.UnsupportedSentences) / sentences) : null,
        };
    }

    /// <summary>Nearest-rank percentile of the per-case latencies.</summary>
    public static double Percentile(IReadOnlyList<EvalCaseResult> results, double p)
    {
        if (results.Count == 0) return 0;
        var sorted = results.Select(r => r.ElapsedMs).Order().ToList();
        var rank = (int)Math.Ceiling(p * sorted.Count);
        return Math.Round(sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)], 2);
    }

    private static double? Share(IReadOnlyList<EvalCaseResult> results, Func<EvalCaseResult, bool> predicate) =>
        results.Count == 0 ? null : Round((double)results.Count(predicate) / results.Count);

    private static double Round(double value) => Math.Round(value, 4);
}
