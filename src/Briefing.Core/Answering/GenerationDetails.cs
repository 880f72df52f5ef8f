namespace Briefing.Core.Answering;

/// <summary>
/// Structured diagnostics of one generation (what <c>--trace</c> prints as text): the extractive evidence and its
/// threshold, the model's prompt and raw reply, the verifier's decisions and why a model answer fell back.
/// </summary>
public sealed record GenerationDetails
{
    /// <summary>The extractive evidence score (share of the question the best sentence window covers).</summary>
    public double? Evidence { get; init; }
    /// <summary>The threshold the evidence is compared with (<c>Answering:MinCoverage</c>).</summary>
    public double? EvidenceThreshold { get; init; }
    public string? RenderedPrompt { get; init; }
    public string? ModelOutput { get; init; }
    /// <summary>Each model sentence the verifier kept or removed, in reply order.</summary>
    public IReadOnlyList<VerifierDecision> Decisions { get; init; } = [];
    /// <summary>Why the model's answer was replaced by the extractive one (human-readable); null when it was not.</summary>
    public string? FallbackReason { get; init; }
    /// <summary>The fallback's cause as a fixed code (<see cref="Diagnostics.FallbackCauses"/>).</summary>
    public string? FallbackCause { get; init; }
}
