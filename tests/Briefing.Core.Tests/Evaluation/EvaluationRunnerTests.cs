using Briefing.Core.Evaluation;
using Briefing.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Core.Tests.Evaluation;

public sealed class EvaluationRunnerTests : IDisposable
{
    private const string SeedId = "samples/000_747174b0822e9d45";
    private readonly TempFolder _folder = new();
    private readonly EngineFixture _engine;

    public EvaluationRunnerTests()
    {
        _engine = new EngineFixture(_folder, configure: services => services.AddBriefingEvaluation());
        _folder.Write("news/comet.txt", TestArticles.CometEnglish);
        _engine.IngestAsync(RepoPaths.SeedArticle, _folder.Combine("news")).GetAwaiter().GetResult();
    }

    private EvaluationRunner Runner => _engine.Services.GetRequiredService<EvaluationRunner>();

    [Fact]
    public async Task An_answered_case_records_the_gold_rank_seen_by_retrieval_the_hit_and_the_evidence()
    {
        var result = await Runner.RunAsync(new EvalCase("sco", "Wann wurde die SCO gegründet?", ["2001"], SeedId), null, CancellationToken.None);
        Assert.Equal(1, result.GoldRank);
        Assert.True(result.GoldCited);
        Assert.True(result.AnswerHit);
        Assert.False(result.Abstained);
        Assert.False(result.WrongLanguage);
        Assert.Equal("de", result.Language);
        Assert.InRange(result.Evidence!.Value, 0.45, 1.0);
        Assert.Equal(result.Evidence!.Value, result.Features!["windowCoverage"], 4);
        Assert.InRange(result.Sentences, 1, 3);
    }

    [Fact]
    public async Task A_case_whose_gold_is_not_indexed_has_no_rank()
    {
        var result = await Runner.RunAsync(new EvalCase("x", "Wann wurde die SCO gegründet?", ["2001"], "missing-article"), null, CancellationToken.None);
        Assert.Null(result.GoldRank);
        Assert.False(result.GoldCited);
    }

    [Fact]
    public async Task A_report_groups_metrics_by_language_and_scores_the_abstention()
    {
        var report = await Runner.RunAllAsync(
        [
            new EvalCase("sco", "Wann wurde die SCO gegründet?", ["2001"], SeedId),
            new EvalCase("wm", "Wer gewann die Fußball-WM 2014?", ["Deutschland"], null),
            new EvalCase("wc", "Who won the 2014 football world cup?", ["Germany"], null),
        ], null, null, CancellationToken.None);
        Assert.Equal(3, report.Cases);
        Assert.Equal(["de", "en"], report.Metrics.ByLanguage.Keys.Order());
        Assert.Equal(1.0, report.Metrics.Overall.AbstentionRecall);
        Assert.Equal(1.0, report.Metrics.Overall.AbstentionPrecision);
        Assert.Equal(1.0, report.Metrics.ByLanguage["de"].RecallAt1);
        Assert.Null(report.Metrics.ByLanguage["en"].RecallAt1);
    }

    [Fact]
    public async Task A_report_breaks_labelled_cases_down_by_kind_crossing_and_unanswerable_reason()
    {
        var report = await Runner.RunAllAsync(
        [
            new EvalCase("sco", "Wann wurde die SCO gegründet?", ["2001"], SeedId) { Labels = new EvalCaseLabels("when", "de", null) },
            new EvalCase("wc", "Who won the 2014 football world cup?", [], null) { Labels = new EvalCaseLabels("who", null, "topic") },
            new EvalCase("plain", "Wann wurde die SCO gegründet?", ["2001"], SeedId),
        ], null, null, CancellationToken.None);

        Assert.Equal(["crossing:same-language", "kind:when", "kind:who", "pair:de-de", "unanswerable:topic"], report.Metrics.Groups.Keys);
        Assert.Equal(1, report.Metrics.Groups["kind:when"].Cases);
        Assert.Equal(1.0, report.Metrics.Groups["crossing:same-language"].AnswerHit);
        Assert.Equal(1.0, report.Metrics.Groups["unanswerable:topic"].AbstentionRecall);
        Assert.Equal(new EvalCaseLabels("when", "de", null), report.Results[0].Labels);
        Assert.Null(report.Results[2].Labels);
    }

    public void Dispose()
    {
        _engine.Dispose();
        _folder.Dispose();
    }
}
