using Briefing.Core.Answering;
using Briefing.Core.Diagnostics;
using Briefing.Core.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Core.Llm;

/// <summary>
/// Answers with the configured chat model from the <c>Briefing/Answer</c> prompt, then verifies every sentence
/// (<see cref="CitationVerifier"/>). The rule when the model's answer is not usable:
/// <list type="bullet">
/// <item>The model replies with the sentinel (and nothing verifiable): an honest abstention, generator = the model.
/// The model read the passages and judged they do not answer; quoting them extractively anyway would
/// mostly produce the lexical near-misses that judgement exists to avoid.</item>
/// <item>Model down, too slow, rate-limited past the retries, empty or garbage output, or no sentence survives
/// verification: the extractive generator answers (it abstains by itself when retrieval is weak). The model gave
/// no usable judgement, so the user gets exactly what the offline mode would give, and the log says why.</item>
/// </list>
/// Grounding is the extractive path's (<see cref="ExtractiveAnswerGenerator.Grounding"/>): when the question names a
/// year, number or name that no retrieved passage's article shows, the answer abstains with the closest articles
/// without asking the model (any sentence it wrote could only cite passages without that detail); otherwise the
/// verifier only lets sentences cite the passages whose article shows every such detail.
/// </summary>
/// <remarks>
/// One deadline per answer (<c>Llm:AnswerDeadlineSeconds</c>): past it the extractive answer is sent and the reason is
/// logged in one line. Failures are one-line warnings (the redacted message); the stack trace only at Debug.
/// </remarks>
public sealed class KernelAnswerGenerator(
    PromptRunner runner,
    CitationVerifier verifier,
    ExtractiveAnswerGenerator extractive,
    IOptions<LlmOptions> options,
    SecretRedactor redactor,
    ILogger<KernelAnswerGenerator> logger) : IAnswerGenerator
{
    private TimeSpan Deadline => TimeSpan.FromSeconds(options.Value.AnswerDeadlineSeconds);

    public string Name => runner.ModelId;

    public async Task<GeneratedAnswer> GenerateAsync(AnswerContext context, CancellationToken cancellationToken)
    {
        var trace = new List<string>();
        if (context.Passages.Count == 0)
            return await FallBackAsync(context, "no passages were retrieved", FallbackCauses.NoPassages, new GenerationDetails(), trace, cancellationToken);

        var grounding = extractive.Grounding.Check(context, context.Passages);
        if (grounding.NothingShowsTheDetails)
        {
            trace.Add($"not asked the model: no retrieved passage's article shows {string.Join(", ", grounding.MissingAsWritten)}");
            return Traced(Abstention.For(context, Name, grounding.MissingAsWritten, context.Passages), trace, context);
        }
        var grounded = grounding.Constraints.Items.Count == 0 ? null
            : new GroundedPassages(grounding.Kept.Select(h => h.Passage.Id).ToHashSet(StringComparer.Ordinal), grounding.DetailsAsWritten(context.Question));

        PromptRun run;
        try
        {
            run = await runner.RunAsync(PromptNames.Answer, Variables(context), cancellationToken, Deadline, context.Observer);
        }
        catch (TimeoutException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The model {Model} did not answer within {Seconds:0.#} s (Llm:AnswerDeadlineSeconds); sent the extractive answer",
                Name, Deadline.TotalSeconds);
            return await FallBackAsync(context, $"no model answer within {Deadline.TotalSeconds:0.#} s", FallbackCauses.Timeout, new GenerationDetails(), trace, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var failure = redactor.Redact($"{ex.GetType().Name}: {ex.Message}").ReplaceLineEndings(" ");
            logger.LogWarning("The model {Model} could not answer ({Reason}); sent the extractive answer", Name, failure);
            logger.LogDebug(ex, "The model call failed");
            return await FallBackAsync(context, $"model call failed: {failure}", FallbackCauses.ModelError, new GenerationDetails(), trace, cancellationToken);
        }
        if (context.Trace)
        {
            trace.Add($"rendered prompt ({PromptNames.Plugin}/{PromptNames.Answer}):\n{run.RenderedPrompt}");
            trace.Add($"raw model output ({Name}):\n{run.Output}");
        }

        VerificationResult result;
        using (BriefingActivities.Source.StartActivity("verify")) result = verifier.Verify(run.Output, context.Passages, context.Language, grounded: grounded);
        var stats = result.Stats;
        var details = new GenerationDetails { RenderedPrompt = run.RenderedPrompt, ModelOutput = run.Output, Decisions = Decisions(result) };
        // Citation validity and unsupported-sentence rate of the model, fallback or not (eval's metrics).
        context.Observer?.Verified(new AnswerVerification(stats.ModelCitations, stats.SurvivingCitations, stats.ModelSentences, stats.RemovedSentences));
        if (context.Trace)
        {
            foreach (var removed in result.Removed) trace.Add($"verifier removed \"{removed.Sentence}\": {removed.Reason}");
            trace.Add($"verification: {result.Stats}");
        }
        if (result.HasAnswer)
        {
            return Traced(new GeneratedAnswer(false, result.Text, result.Citations, Name) { Details = details }, trace, context);
        }
        if (result.SentinelSeen)
        {
            logger.LogInformation("The model {Model} found no answer in the {Count} passages", Name, context.Passages.Count);
            return Traced(Abstention.For(context, Name, [], context.Passages) with { Details = details }, trace, context);
        }
        var empty = string.IsNullOrWhiteSpace(run.Output);
        var reason = empty ? "the model returned an empty reply" : "no sentence of the model's reply survived verification";
        logger.LogWarning("The answer of {Model} is unusable ({Reason}); using the extractive answer", Name, reason);
        return await FallBackAsync(context, reason, empty ? FallbackCauses.EmptyReply : FallbackCauses.Unverified, details, trace, cancellationToken);
    }

    private static Dictionary<string, object?> Variables(AnswerContext context) => new()
    {
        ["question"] = string.IsNullOrWhiteSpace(context.StandaloneQuestion) ? context.Question : context.StandaloneQuestion,
        ["language"] = PromptNames.LanguageName(context.Language),
        ["passages"] = PassageFormatter.Format(context.Passages),
        ["sentinel"] = PromptNames.NoAnswerSentinel,
    };

    /// <summary>Kept sentences first, then the removed ones with the verifier's reasons.</summary>
    private static List<VerifierDecision> Decisions(VerificationResult result) =>
    [
        .. result.Kept.Select(sentence => new VerifierDecision(sentence, true, "supported by the passages it cites")),
        .. result.Removed.Select(removed => new VerifierDecision(removed.Sentence, false, removed.Reason)),
    ];

    private async Task<GeneratedAnswer> FallBackAsync(
        AnswerContext context, string reason, string cause, GenerationDetails modelDetails, List<string> trace, CancellationToken cancellationToken)
    {
        trace.Add($"fallback to the extractive answer: {reason}");
        var answer = await extractive.GenerateAsync(context, cancellationToken);
        var details = answer.Details with
        {
            RenderedPrompt = modelDetails.RenderedPrompt, ModelOutput = modelDetails.ModelOutput, Decisions = modelDetails.Decisions,
            FallbackReason = reason, FallbackCause = cause,
        };
        return Traced(answer with { Details = details }, [.. trace, .. answer.Trace], context);
    }

    private static GeneratedAnswer Traced(GeneratedAnswer answer, List<string> trace, AnswerContext context)
    {
        if (context.Trace) trace.Add($"final answer ({answer.Generator}):\n{answer.Text}");
        return answer with { Trace = context.Trace ? trace : [] };
    }
}
