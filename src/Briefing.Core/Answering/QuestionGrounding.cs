using Briefing.Core.Search;

namespace Briefing.Core.Answering;

/// <summary>
/// The one grounding check every generator applies before it answers: the question's specific details (years,
/// numbers, names; <see cref="QuestionConstraints"/>) read from the question as asked, with the same translations
/// retrieval used, and the retrieved passages whose article shows them all (<see cref="ConstraintCheck"/>).
/// </summary>
internal sealed class QuestionGrounding(ITermStatistics statistics, IReadOnlyList<IQueryExpander> expanders, NameDetector names, INewsIndex? index)
{
    private readonly ConstraintCheck _check = new(index, statistics);

    public GroundingResult Check(AnswerContext context, IReadOnlyList<PassageHit> passages)
    {
        var expansions = expanders.SelectMany(e => e.Expand(context.StandaloneQuestion, context.Language)).ToList();
        // Follow-ups carry the previous question's terms; only the details the user asked now are required.
        var constraints = QuestionConstraints.From(context.Question, context.Language, expansions, names, statistics);
        var (kept, missingInBest) = _check.Apply(passages, constraints);
        return new GroundingResult(expansions, constraints, kept, QuestionConstraints.AsWritten(missingInBest, context.Question));
    }
}
