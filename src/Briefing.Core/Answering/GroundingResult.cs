using Briefing.Core.Search;

namespace Briefing.Core.Answering;

/// <summary>
/// What <see cref="QuestionGrounding"/> found: the translations it used, the question's details, the passages whose
/// article shows every detail (all of them when the question has none), and — as the question wrote them — the
/// details the best passage's article lacks (what an abstention names).
/// </summary>
internal sealed record GroundingResult(
    IReadOnlyList<WeightedTerm> Expansions,
    QuestionConstraints Constraints,
    IReadOnlyList<PassageHit> Kept,
    IReadOnlyList<string> MissingAsWritten)
{
    /// <summary>The question names details and no retrieved passage's article shows them all.</summary>
    public bool NothingShowsTheDetails => Constraints.Items.Count > 0 && Kept.Count == 0;

    /// <summary>The details as the question wrote them, for messages ("2022", "Covid-19").</summary>
    public IReadOnlyList<string> DetailsAsWritten(string question) => QuestionConstraints.AsWritten(Constraints.Items, question);
}
