using System.Diagnostics;
using Briefing.Core.Answering;
using Briefing.Core.Text;

namespace Briefing.Core.Evaluation;

/// <summary>Runs eval cases through the same <see cref="AnswerService"/> as <c>ask</c> and judges each answer.</summary>
public sealed class EvaluationRunner(AnswerService answers)
{
    public async Task<EvalCaseResult> RunAsync(EvalCase evalCase, int? top, CancellationToken cancellationToken)
    {
        var observation = new EvaluationObserver();
        var cpu = ThreadCpuTrace.Start();
        var clock = Stopwatch.StartNew();
        var answer = await answers.AskAsync(new AskRequest(evalCase.Question) { Top = top, Observer = observation }, cancellationToken);
        var elapsed = clock.Elapsed.TotalMilliseconds;
        cpu?.Report(evalCase.Id, elapsed);
        var language = evalCase.Language ?? LanguageDetector.Detect(evalCase.Question);
        var gold = evalCase.GoldArticleId;
        return new EvalCaseResult
        {
            Id = evalCase.Id,
            Language = language,
            ExpectedAbstention = evalCase.ExpectsAbstention,
            Labels = evalCase.Labels == EvalCaseLabels.None ? null : evalCase.Labels,
            Abstained = answer.Abstained,
            AnswerHit = gold is null || evalCase.Answers.Count == 0 ? null : AnswerChecks.AnswerHit(answer, evalCase.Answers),
            GoldCited = gold is null ? null : AnswerChecks.GoldCited(answer, gold),
            GoldRank = gold is null ? null : AnswerChecks.GoldRank(observation.Retrieved, gold),
            WrongLanguage = AnswerChecks.WrongLanguage(answer, language),
            Sentences = answer.Citations.Count,
            ElapsedMs = Math.Round(elapsed, 2),
            Evidence = observation.Evidence is { } evidence ? Math.Round(evidence, 4) : null,
            Verification = observation.Verification,
            Features = observation.Features.Count == 0 ? null : observation.Features,
            Text = answer.Text,
            Cited = answer.Citations.Select(c => c.ArticleId).Distinct().ToList(),
            Answer = answer,
        };
    }

    public async Task<EvalReport> RunAllAsync(IReadOnlyList<EvalCase> cases, int? top, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var results = new List<EvalCaseResult>(cases.Count);
        foreach (var evalCase in cases)
        {
            results.Add(await RunAsync(evalCase, top, cancellationToken));
            progress?.Report(results.Count);
        }
        var byLanguage = results.GroupBy(r => r.Language).OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => EvalMetricsCalculator.Compute(g.ToList()));
        var metrics = new EvalReportMetrics(EvalMetricsCalculator.Compute(results), byLanguage, EvalGroups.Compute(results));
        return new EvalReport(results.Count, metrics, results);
    }
}
