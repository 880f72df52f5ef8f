using System.ComponentModel.DataAnnotations;

namespace Briefing.Core.Answering;

/// <summary>The <c>Answering</c> section: knobs of the embedded extractive generator.</summary>
public sealed class AnsweringOptions
{
    public const string SectionName = "Answering";

    /// <summary>Most sentences in an extractive answer.</summary>
    [Range(1, 4, ErrorMessage = "Answering:MaxSentences must be between 1 and 4.")]
    public int MaxSentences { get; set; } = 3;

    /// <summary>
    /// Abstain when no two consecutive sentences of the top passages cover this share of the question's weighted
    /// content terms (IDF mass). Calibrated on XQuAD (answerable) against the same questions over the news corpus
    /// without their paragraphs (unanswerable); the trade-off curve is in bench/README.md.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Answering:MinCoverage must be between 0 and 1.")]
    public double MinCoverage { get; set; } = 0.10;

    /// <summary>How many of the top passages sentences are drawn from.</summary>
    [Range(1, 20, ErrorMessage = "Answering:CandidatePassages must be between 1 and 20.")]
    public int CandidatePassages { get; set; } = 4;
}
