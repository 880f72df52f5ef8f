using Briefing.Core.Answering;
using Briefing.Core.Evaluation;

namespace Briefing.Core.Tests.Evaluation;

public sealed class EvalMetricsCalculatorTests
{
    private static EvalCaseResult Result(int? rank, bool abstained = false, bool expectAbstention = false, bool? hit = null, double ms = 1, AnswerVerification? verification = null) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        Language = "de",
        ExpectedAbstention = expectAbstention,
        Abstained = abstained,
        AnswerHit = expectAbstention ? null : hit,
        GoldCited = expectAbstention ? null : rank == 1,
        GoldRank = rank,
        WrongLanguage = false,
        Sentences = abstained ? 0 : 2,
        ElapsedMs = ms,
        Verification = verification,
    };

    [Fact]
    public void Recall_and_reciprocal_rank_count_only_answerable_cases()
    {
        var metrics = EvalMetricsCalculator.Compute(
        [
            Result(1, hit: true), Result(2, hit: false), Result(6, hit: true), Result(null, hit: false),
            Result(null, abstained: true, expectAbstention: true),
        ]);
        Assert.Equal(4, metrics.Answerable);
        Assert.Equal(1, metrics.Unanswerable);
        Assert.Equal(0.25, metrics.RecallAt1);
        Assert.Equal(0.5, metrics.RecallAt5);
        Assert.Equal(Math.Round((1 + 0.5 + 1.0 / 6) / 4, 4), metrics.MrrAt10);
        Assert.Equal(0.5, metrics.AnswerHit);
        Assert.Equal(0.25, metrics.GoldCited);
    }

    [Fact]
    public void Abstention_precision_and_recall_treat_abstaining_as_the_positive_class()
    {
        var metrics = EvalMetricsCalculator.Compute(
        [
            Result(null, abstained: true, expectAbstention: true),
            Result(null, abstained: false, expectAbstention: true),
            Result(1, abstained: true),
            Result(1),
        ]);
        Assert.Equal(0.5, metrics.AbstentionPrecision);
        Assert.Equal(0.5, metrics.AbstentionRecall);
        Assert.Equal(0.5, metrics.Answered);
    }

    [Fact]
    public void Undefined_rates_are_null_rather_than_zero()
    {
        var metrics = EvalMetricsCalculator.Compute([Result(1, hit: true)]);
        Assert.Null(metrics.AbstentionPrecision);
        Assert.Null(metrics.AbstentionRecall);
        Assert.Null(metrics.CitationValidity);
    }

    [Fact]
    public void Latency_percentiles_use_the_nearest_rank()
    {
        var results = Enumerable.Range(1, 20).Select(i => Result(1, ms: i)).ToList();
        var metrics = EvalMetricsCalculator.Compute(results);
        Assert.Equal(10, metrics.LatencyP50Ms);
        Assert.Equal(19, metrics.LatencyP95Ms);
    }

    [Fact]
    public void Verifier_reports_become_citation_validity_and_unsupported_sentence_rate()
    {
        var metrics = EvalMetricsCalculator.Compute(
        [
            Result(1, verification: new AnswerVerification(4, 3, 4, 1)),
            Result(1, verification: new AnswerVerification(2, 2, 2, 0)),
            Result(1),
        ]);
        Assert.Equal(Math.Round(5.0 / 6, 4), metrics.CitationValidity);
        Assert.Equal(Math.Round(1.0 / 6, 4), metrics.UnsupportedSentenceRate);
    }
}
