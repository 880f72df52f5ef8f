using Briefing.Core.Search;

namespace Briefing.Core.Llm;

/// <summary>
/// The passages a model sentence may rest on for this question: those whose article shows every specific detail the
/// question asks about (<paramref name="Details"/>, e.g. "2022"), as the answering grounding check found them.
/// A citation of any other passage is dropped by <see cref="CitationVerifier"/>.
/// </summary>
public sealed record GroundedPassages(IReadOnlySet<string> PassageIds, IReadOnlyList<string> Details)
{
    public bool Allows(PassageHit hit) => PassageIds.Contains(hit.Passage.Id);

    /// <summary>Why a citation of a passage outside this set does not count.</summary>
    public string WhyNot(IEnumerable<int> numbers) =>
        $"the article of {string.Join(", ", numbers.Select(n => $"[{n}]"))} does not show {string.Join(" and ", Details)}, which the question asks about";
}
