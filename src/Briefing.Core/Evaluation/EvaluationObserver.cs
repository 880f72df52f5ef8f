using Briefing.Core.Answering;
using Briefing.Core.Search;

namespace Briefing.Core.Evaluation;

/// <summary>
/// What the pipeline did for one eval question, seen from outside through the request's <see cref="IAnswerObserver"/>
/// (the same hook the prompt lab uses): the retrieved passages, the extractive evidence from the answer's details,
/// the verifier's findings and named features. The pipeline carries no evaluation code.
/// </summary>
internal sealed class EvaluationObserver : IAnswerObserver
{
    private readonly Dictionary<string, double> _features = new(StringComparer.Ordinal);

    public IReadOnlyList<PassageHit> Retrieved { get; private set; } = [];

    /// <summary>The extractive generator's evidence, the value <c>Answering:MinCoverage</c> is compared with.</summary>
    public double? Evidence { get; private set; }

    public AnswerVerification? Verification { get; private set; }

    public IReadOnlyDictionary<string, double> Features => _features;

    void IAnswerObserver.Retrieved(string standaloneQuestion, IReadOnlyList<PassageHit> passages) => Retrieved = passages;

    void IAnswerObserver.Generated(GeneratedAnswer answer) => Evidence = answer.Details.Evidence;

    void IAnswerObserver.Feature(string name, double value) => _features[name] = Math.Round(value, 4);

    void IAnswerObserver.Verified(AnswerVerification verification) => Verification = verification;
}
