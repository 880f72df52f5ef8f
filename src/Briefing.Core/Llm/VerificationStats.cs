namespace Briefing.Core.Llm;

/// <summary>
/// Counts from verifying one model answer, for <c>eval</c>: citation validity is the share of the model's
/// citations that survived; the unsupported-sentence rate is the share of its sentences that were dropped.
/// </summary>
public sealed record VerificationStats(int ModelCitations, int SurvivingCitations, int ModelSentences, int RemovedSentences)
{
    public static readonly VerificationStats Empty = new(0, 0, 0, 0);

    /// <summary>Surviving / model citations; null when the model cited nothing.</summary>
    public double? CitationValidity => ModelCitations == 0 ? null : (double)SurvivingCitations / ModelCitations;

    /// <summary>Removed / model sentences; null when the model wrote no sentence (e.g. only the sentinel).</summary>
    public double? UnsupportedSentenceRate => ModelSentences == 0 ? null : (double)RemovedSentences / ModelSentences;

    public VerificationStats Add(VerificationStats other) => new(
        ModelCitations + other.ModelCitations,
        SurvivingCitations + other.SurvivingCitations,
        ModelSentences + other.ModelSentences,
        RemovedSentences + other.RemovedSentences);

    public override string ToString() =>
        $"citations kept {SurvivingCitations}/{ModelCitations}, sentences removed {RemovedSentences}/{ModelSentences}";
}
