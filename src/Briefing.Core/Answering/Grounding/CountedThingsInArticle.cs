using Briefing.Core.Search;

namespace Briefing.Core.Answering;

/// <summary>
/// "Wie viele Wölfe leben derzeit im Trentino?": a count of things is answered by an article that names the things
/// somewhere. The counted noun is no topic word (<see cref="AskedTopic.Of"/> leaves the asked kind out), so an article
/// about the Trentino's brown bears showed the question's whole topic, and its "mehr als 50 Braunbären" answered it;
/// "19 Flamingo-Küken" answered "Wie viele Pinguin-Küken …?". Only things: people are counted by any person noun
/// ("Opfer", "Beschäftigte"), votes by a share, and the whole of a partitive count is another noun.
/// </summary>
internal static class CountedThingsInArticle
{
    /// <summary>
    /// The ids of the <paramref name="kept"/> passages' articles that do not show the counted noun of a count of things
    /// (as <see cref="AskedTopic.MissingIn"/> reads a topic word: as written, its compound's parts, its translations;
    /// an article whose language no rendering of it is written in is no evidence and is not listed). Empty for other questions.
    /// </summary>
    /// <param name="articleTerms">The analysed terms of a kept passage's whole article.</param>
    public static IReadOnlySet<string> Lacking(AskedUnit? unit, string language, IReadOnlyList<PassageHit> kept, IReadOnlyList<WeightedTerm> expansions,
        ITermStatistics statistics, Func<PassageHit, IReadOnlySet<string>> articleTerms)
    {
        var lacking = new HashSet<string>(StringComparer.Ordinal);
        if (unit is not { Kind: AskedUnit.Measure.Count, CountsThings: true } || unit.CountsPeople || unit.CountsByPersonNoun
            || unit.AcceptsShare || unit.Whole is not null || unit.SizeOfGroup) return lacking;
        var counted = AskedTopic.OfCountedNoun(unit, language, expansions, statistics);
        foreach (var hit in kept.DistinctBy(h => h.Article.Id))
            if (counted.MissingIn(articleTerms(hit), hit.Passage.Language).Count > 0) lacking.Add(hit.Article.Id);
        return lacking;
    }
}
