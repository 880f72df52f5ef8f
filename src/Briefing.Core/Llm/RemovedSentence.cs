namespace Briefing.Core.Llm;

/// <summary>A model sentence the verifier dropped (or a citation it dropped from a kept sentence), and why.</summary>
public sealed record RemovedSentence(string Sentence, string Reason);
