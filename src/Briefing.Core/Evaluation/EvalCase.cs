namespace Briefing.Core.Evaluation;

/// <summary>
/// One question case of <c>eval</c>: <c>{"id", "question", "answers", "goldArticleId", "language"?}</c>.
/// <see cref="GoldArticleId"/> null means the corpus does not answer it and the right reply is to abstain.
/// </summary>
/// <param name="Language">Optional expected answer language; by default the question's detected language.</param>
public sealed record EvalCase(string Id, string Question, IReadOnlyList<string> Answers, string? GoldArticleId, string? Language = null)
{
    public bool ExpectsAbstention => GoldArticleId is null;

    /// <summary>Optional labels (<c>"kind"</c>, <c>"articleLanguage"</c>, <c>"unanswerableKind"</c>) that group the report.</summary>
    public EvalCaseLabels Labels { get; init; } = EvalCaseLabels.None;
}
