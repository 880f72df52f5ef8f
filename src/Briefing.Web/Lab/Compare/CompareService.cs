using Briefing.Core.Evaluation;
using Briefing.Core.Llm;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Lab.Compare;

/// <summary>
/// Runs the same eval cases through two pipeline variants with the <c>eval</c> machinery
/// (<see cref="EvaluationRunner"/>) and lines the answers up question by question.
/// </summary>
internal sealed class CompareService(IPipelineVariantFactory variants, IOptions<LlmOptions> llm)
{
    public const int MaxCases = 500;

    /// <summary>The report, or the reason the request cannot run.</summary>
    public async Task<(ComparisonReport? Report, string? Error)> RunAsync(CompareRequest request, CancellationToken cancellationToken)
    {
        var (cases, skipped, error) = ReadCases(request);
        if (error is not null) return (null, error);
        if (request.Top is <= 0 or > 50) return (null, "Passages must be between 1 and 50.");
        foreach (var (name, spec) in new[] { ("A", request.A), ("B", request.B) })
            if (spec?.PromptsDir is { Length: > 0 } folder && !Directory.Exists(folder))
                return (null, $"Variant {name}: the prompts folder '{folder}' does not exist.");

        var (a, aResults) = await RunVariantAsync(request.A, cases, request.Top, cancellationToken);
        var (b, bResults) = await RunVariantAsync(request.B, cases, request.Top, cancellationToken);
        var rows = cases.Select((c, i) => Row(c, aResults[i], bResults[i])).ToList();
        return (new ComparisonReport(a, b, rows, skipped), null);
    }

    private async Task<(VariantReport, IReadOnlyList<EvalCaseResult>)> RunVariantAsync(
        VariantSpec? spec, IReadOnlyList<EvalCase> cases, int? top, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string?>();
        if (spec?.PromptsDir is { Length: > 0 } folder) overrides[$"{LlmOptions.SectionName}:{nameof(LlmOptions.PromptsDir)}"] = Path.GetFullPath(folder);
        if (spec?.Model is { Length: > 0 } model) overrides[$"{LlmOptions.SectionName}:{nameof(LlmOptions.Model)}"] = model.Trim();
        using var variant = variants.Create(overrides);
        var report = await variant.Evaluation.RunAllAsync(cases, top, null, cancellationToken);
        var description = new VariantReport(
            PromptsLocation.Resolve(overrides.GetValueOrDefault("Llm:PromptsDir") ?? llm.Value.PromptsDir),
            overrides.GetValueOrDefault("Llm:Model") ?? llm.Value.ModelId,
            report.Results.Select(r => r.Answer?.Generator).FirstOrDefault(g => g is not null and not "extractive") ?? "extractive",
            report.Metrics);
        return (description, report.Results);
    }

    private static CompareRow Row(EvalCase evalCase, EvalCaseResult a, EvalCaseResult b)
    {
        var (outcomeA, outcomeB) = (CaseOutcome.From(a), CaseOutcome.From(b));
        var differences = new List<string>();
        if (outcomeA.Abstained != outcomeB.Abstained) differences.Add($"abstained: A {YesNo(outcomeA.Abstained)}, B {YesNo(outcomeB.Abstained)}");
        if (outcomeA.AnswerHit != outcomeB.AnswerHit) differences.Add($"answer hit: A {YesNo(outcomeA.AnswerHit)}, B {YesNo(outcomeB.AnswerHit)}");
        if (outcomeA.GoldCited != outcomeB.GoldCited) differences.Add($"gold cited: A {YesNo(outcomeA.GoldCited)}, B {YesNo(outcomeB.GoldCited)}");
        if (outcomeA.UnsupportedSentences != outcomeB.UnsupportedSentences)
            differences.Add($"unsupported sentences: A {outcomeA.UnsupportedSentences?.ToString() ?? "-"}, B {outcomeB.UnsupportedSentences?.ToString() ?? "-"}");
        if (outcomeA.Generator != outcomeB.Generator) differences.Add($"generator: A {outcomeA.Generator}, B {outcomeB.Generator}");
        if (outcomeA.Answer != outcomeB.Answer) differences.Add("answer text differs");
        return new CompareRow(evalCase.Id, evalCase.Question, evalCase.ExpectsAbstention, outcomeA, outcomeB, differences);
    }

    private static string YesNo(bool? value) => value switch { true => "yes", false => "no", null => "-" };

    private static (IReadOnlyList<EvalCase> Cases, IReadOnlyList<string> Skipped, string? Error) ReadCases(CompareRequest request)
    {
        string text;
        if (!string.IsNullOrWhiteSpace(request.CasesFile))
        {
            if (!File.Exists(request.CasesFile)) return ([], [], $"The cases file '{request.CasesFile}' does not exist.");
            text = File.ReadAllText(request.CasesFile);
        }
        else if (!string.IsNullOrWhiteSpace(request.Cases)) text = request.Cases;
        else return ([], [], "Give eval cases (JSON Lines) or the path of a cases file.");

        var lines = text.Replace("\r", "").Split('\n');
        var cases = new List<EvalCase>();
        var skipped = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var line = EvalCaseReader.Parse(i + 1, lines[i].Trim());
            if (line.Case is { } parsed && !ids.Add(parsed.Id)) skipped.Add($"line {i + 1}: the id \"{parsed.Id}\" is used by an earlier case");
            else if (line.Case is { } valid) cases.Add(valid);
            else skipped.Add($"line {i + 1}: {line.Error}");
        }
        if (cases.Count == 0) return ([], skipped, $"No valid case{(skipped.Count > 0 ? ": " + skipped[0] : ".")}");
        return cases.Count > MaxCases ? ([], skipped, $"{cases.Count} cases; a comparison takes at most {MaxCases}.") : (cases, skipped, null);
    }
}
