namespace Briefing.Core.Digests.Summaries;

/// <summary>
/// Writes a story's summary with a model (implemented in <c>Briefing.Core/Llm</c> from
/// <c>prompts/Briefing/StorySummary</c>, with the citation verifier). Optional: when none is registered, or it
/// returns null or a summary that fails <see cref="StorySummaryCheck"/>, the digest uses the extractive summary.
/// </summary>
public interface IStorySummaryWriter
{
    /// <summary>The model's name, shown as the summary's generator.</summary>
    string Name { get; }

    /// <summary>
    /// A summary of at most <see cref="StorySummaryRequest.MaxSentences"/> sentences in <see cref="StorySummaryRequest.Language"/>,
    /// every sentence ending with <c>[n]</c>, numbering its own citations from 1; each citation names one of the request's
    /// passages and quotes it verbatim. Null when the model cannot (down, timed out, nothing verified).
    /// </summary>
    Task<StorySummary?> WriteAsync(StorySummaryRequest request, CancellationToken cancellationToken);
}
