namespace Briefing.Core.Answering;

/// <summary>
/// What a citation verifier found in one answer. A generator that verifies its answer (the model generator's
/// citation verifier) reports it to the run's <see cref="IAnswerObserver.Verified"/>; <c>eval</c> then adds
/// citation validity and the unsupported-sentence rate to its metrics. Extractive answers do not report it.
/// </summary>
/// <param name="Citations">Citations checked.</param>
/// <param name="ValidCitations">Citations whose quote is verbatim text of the cited passage and whose [n] exists.</param>
/// <param name="Sentences">Sentences of the answer (framing lines excluded).</param>
/// <param name="UnsupportedSentences">Sentences without a citation or not supported by what they cite.</param>
public sealed record AnswerVerification(int Citations, int ValidCitations, int Sentences, int UnsupportedSentences);
