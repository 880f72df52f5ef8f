using Briefing.Core.Search;

namespace Briefing.Core.Evaluation;

/// <summary>
/// What the pipeline did for one question, collected while <c>eval</c> runs it through the ordinary
/// <see cref="Answering.AnswerService"/>: the retrieved passages (captured by <see cref="PipelineObservationFilter"/>),
/// the extractive generator's evidence score and, when a verifier ran, its findings. Outside <c>eval</c> there
/// is no current observation and reporting costs nothing.
/// </summary>
public sealed class AnswerObservation
{
    private static readonly AsyncLocal<AnswerObservation?> CurrentObservation = new();

    public IReadOnlyList<PassageHit> Retrieved { get; internal set; } = [];

    /// <summary>The extractive generator's evidence (best passage coverage of the question), the value <c>Answering:MinCoverage</c> is compared with.</summary>
    public double? Evidence { get; private set; }

    public AnswerVerification? Verification { get; private set; }

    /// <summary>Named diagnostics of the answer (e.g. alternative evidence measures), listed per case by <c>eval --json</c> for calibration.</summary>
    public IReadOnlyDictionary<string, double> Features => _features;

    private readonly Dictionary<string, double> _features = new(StringComparer.Ordinal);

    internal static AnswerObservation? Current => CurrentObservation.Value;

    /// <summary>Starts observing the current async flow; dispose the result to stop.</summary>
    public static IDisposable Begin(out AnswerObservation observation)
    {
        var previous = CurrentObservation.Value;
        observation = new AnswerObservation();
        CurrentObservation.Value = observation;
        return new Scope(() => CurrentObservation.Value = previous);
    }

    public static void ReportEvidence(double evidence)
    {
        if (Current is { } observation) observation.Evidence = evidence;
    }

    public static void ReportFeature(string name, double value)
    {
        if (Current is { } observation) observation._features[name] = Math.Round(value, 4);
    }

    public static void ReportVerification(AnswerVerification verification)
    {
        if (Current is { } observation) observation.Verification = verification;
    }

    private sealed class Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
