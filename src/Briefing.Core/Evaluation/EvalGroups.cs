namespace Briefing.Core.Evaluation;

/// <summary>
/// The groups of the per-group breakdown, from the cases' optional labels: <c>kind:who</c> (every case of that
/// kind), <c>crossing:same-language</c> / <c>crossing:cross-lingual</c> and <c>pair:en-de</c> (answerable cases whose
/// gold article's language is given; the pair is question → article language), <c>unanswerable:year</c> (cases that
/// expect an abstention, by why). Unlabelled cases count only in the overall and per-language metrics.
/// </summary>
public static class EvalGroups
{
    public static IReadOnlyDictionary<string, EvalMetrics> Compute(IReadOnlyList<EvalCaseResult> results) =>
        results.SelectMany(r => KeysOf(r).Select(key => (Key: key, Result: r)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => EvalMetricsCalculator.Compute(g.Select(x => x.Result).ToList()), StringComparer.Ordinal);

    public static IEnumerable<string> KeysOf(EvalCaseResult result)
    {
        if (result.Labels is not { } labels) yield break;
        if (labels.Kind is { } kind) yield return $"kind:{kind}";
        if (!result.ExpectedAbstention && labels.ArticleLanguage is { } articleLanguage)
        {
            yield return articleLanguage == result.Language ? "crossing:same-language" : "crossing:cross-lingual";
            yield return $"pair:{result.Language}-{articleLanguage}";
        }
        if (result.ExpectedAbstention && labels.UnanswerableKind is { } why) yield return $"unanswerable:{why}";
    }
}
