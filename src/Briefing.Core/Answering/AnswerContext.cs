using Briefing.Core.Search;

namespace Briefing.Core.Answering;

/// <summary>Everything a generator needs: the question as asked, its standalone form, its language and the retrieved passages.</summary>
public sealed record AnswerContext(
    string Question,
    string StandaloneQuestion,
    string Language,
    IReadOnlyList<PassageHit> Passages)
{
    /// <summary>When true, generators add human-readable diagnostics to <see cref="GeneratedAnswer.Trace"/>.</summary>
    public bool Trace { get; init; }
    /// <summary>The request's observer, for generators that report live (the model's streamed reply).</summary>
    public IAnswerObserver? Observer { get; init; }
}
