using Briefing.Core.Answering;

namespace Briefing.Core.Llm;

/// <summary>
/// A model answer after verification: only supported sentences, renumbered so that every <c>[n]</c> has exactly
/// one citation and every citation is used.
/// </summary>
public sealed record VerificationResult(
    string Text,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<RemovedSentence> Removed,
    bool SentinelSeen,
    VerificationStats Stats)
{
    /// <summary>True when at least one cited sentence survived.</summary>
    public bool HasAnswer => Citations.Count > 0 && Text.Length > 0;

    /// <summary>The sentences that survived (claims without their markers), in reply order.</summary>
    public IReadOnlyList<string> Kept { get; init; } = [];
}
