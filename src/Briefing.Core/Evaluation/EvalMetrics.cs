namespace Briefing.Core.Evaluation;

/// <summary>Quality metrics over a group of cases (one language, or all). Rates are in [0, 1]; null when undefined.</summary>
public sealed record EvalMetrics
{
    public required int Cases { get; init; }
    public required int Answerable { get; init; }
    public required int Unanswerable { get; init; }
    /// <summary>Share of answerable cases whose gold article is the first retrieved passage.</summary>
    public double? RecallAt1 { get; init; }
    public double? RecallAt5 { get; init; }
    /// <summary>Mean reciprocal rank of the gold article among the first 10 retrieved passages.</summary>
    public double? MrrAt10 { get; init; }
    /// <summary>Share of answerable cases with gold answers whose answer text contains one.</summary>
    public double? AnswerHit { get; init; }
    public double? GoldCited { get; init; }
    /// <summary>Share of answerable cases that were answered (not abstained).</summary>
    public double? Answered { get; init; }
    /// <summary>Of the abstentions, the share on cases that expect one.</summary>
    public double? AbstentionPrecision { get; init; }
    /// <summary>Of the cases that expect an abstention, the share that got one.</summary>
    public double? AbstentionRecall { get; init; }
    public required int WrongLanguage { get; init; }
    /// <summary>Mean number of cited sentences in answers given.</summary>
    public double? MeanSentences { get; init; }
    public required double LatencyP50Ms { get; init; }
    public required double LatencyP95Ms { get; init; }
    /// <summary>Valid citations over checked citations, when a verifier reported.</summary>
    public double? CitationValidity { get; init; }
    /// <summary>Unsupported sentences over sentences, when a verifier reported.</summary>
    public double? UnsupportedSentenceRate { get; init; }
}
