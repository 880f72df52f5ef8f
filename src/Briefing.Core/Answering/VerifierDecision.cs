namespace Briefing.Core.Answering;

/// <summary>One model sentence and what the citation verifier did with it.</summary>
public sealed record VerifierDecision(string Sentence, bool Kept, string Reason);
