namespace Briefing.Core.Answering;

/// <summary>
/// The noun a "how many" question counts ("Mandatare" in "Wie viele Mandatare braucht man …?", "Italians" in "How many
/// Italians have gone off to fight …?") is the asked unit, not one of the names that say what the question is about. Read
/// as a name (a word the lexicon lacks, a nationality), it became one of the question's rarest names, which a sentence must
/// show near itself to lead (<see cref="CandidateSentence.ShowsCore"/>); but the article counts the thing in words of its
/// own ("die sechs Abgeordneten", "81 Italiener"), so every sentence that answers was far from it. Whether the figure
/// counts the asked thing stays the unit checks' question (<see cref="CandidateSentence.ShowsUnit"/>). Only the counted
/// noun itself: an English phrase's modifier ("Amazon" in "How many Amazon warehouses") may be a real name.
/// </summary>
internal static class CountedNounNotTopic
{
    /// <param name="unit">The question's asked unit (<see cref="AskedUnit.Of(string, NameDetector)"/>), read once by the caller.</param>
    public static IReadOnlyList<string> Of(AskedUnit? unit) =>
        unit is { Kind: AskedUnit.Measure.Count, CountsThings: true } ? [unit.Word] : [];
}
