namespace Briefing.Core.Llm;

/// <summary>
/// Running totals over every model answer of this process, for <c>eval</c>: read <see cref="Snapshot"/> after
/// the cases ran and report its <see cref="VerificationStats.CitationValidity"/> and
/// <see cref="VerificationStats.UnsupportedSentenceRate"/>, plus how often the model was not used.
/// </summary>
public sealed class LlmQualityCounters
{
    private readonly Lock gate = new();
    private VerificationStats totals = VerificationStats.Empty;
    private int answers, abstentions, fallbacks;

    public void RecordVerified(VerificationStats stats, bool abstained)
    {
        lock (gate)
        {
            totals = totals.Add(stats);
            answers++;
            if (abstained) abstentions++;
        }
    }

    /// <summary>The model failed (down, slow, garbage) or nothing it wrote survived: the extractive generator answered.</summary>
    public void RecordFallback(VerificationStats? stats)
    {
        lock (gate)
        {
            if (stats is not null) totals = totals.Add(stats);
            fallbacks++;
        }
    }

    public LlmQualitySnapshot Snapshot()
    {
        lock (gate) return new LlmQualitySnapshot(totals, answers, abstentions, fallbacks);
    }
}
