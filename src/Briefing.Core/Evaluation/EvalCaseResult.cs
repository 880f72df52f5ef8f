using System.Text.Json.Serialization;
using Briefing.Core.Answering;

namespace Briefing.Core.Evaluation;

/// <summary>One case's outcome, as <c>eval --json</c> lists it.</summary>
public sealed record EvalCaseResult
{
    public required string Id { get; init; }
    /// <summary>The language the answer should be in (the question's).</summary>
    public required string Language { get; init; }
    public required bool ExpectedAbstention { get; init; }
    /// <summary>The case's optional labels (kind, article language, unanswerable kind), which place it in report groups.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public EvalCaseLabels? Labels { get; init; }
    public required bool Abstained { get; init; }
    /// <summary>A gold answer string occurs in the answer text; null when the case lists no answers or expects abstention.</summary>
    public bool? AnswerHit { get; init; }
    /// <summary>A citation points into the gold article; null when the case expects abstention.</summary>
    public bool? GoldCited { get; init; }
    /// <summary>1-based rank of the first retrieved passage of the gold article; null when not retrieved or no gold.</summary>
    public int? GoldRank { get; init; }
    public required bool WrongLanguage { get; init; }
    public required int Sentences { get; init; }
    public required double ElapsedMs { get; init; }
    /// <summary>The extractive generator's evidence score (see <c>Answering:MinCoverage</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Evidence { get; init; }
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AnswerVerification? Verification { get; init; }
    /// <summary>Named diagnostics the pipeline reported (see <see cref="IAnswerObserver.Feature"/>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, double>? Features { get; init; }
    /// <summary>The answer's text, to read why a case failed.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }
    /// <summary>The cited articles, in citation order.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Cited { get; init; }
    /// <summary>The answer itself, for side-by-side comparisons (the lab); not part of <c>eval --json</c>.</summary>
    [JsonIgnore]
    public Answering.Answer? Answer { get; init; }
}
