namespace Briefing.Core.Llm;

/// <summary>Totals for eval: verified model answers, model abstentions (sentinel), extractive fallbacks.</summary>
public sealed record LlmQualitySnapshot(VerificationStats Verification, int ModelAnswers, int ModelAbstentions, int Fallbacks);
