using Briefing.Core.Search;

namespace Briefing.Core.Answering;

/// <summary>
/// A German compound of the question that no article writes ("Deutschlandticket", "Zugspitze") is shown in an English
/// article by its parts translated ("German ticket"). The parts say the compound's thing only where one sentence writes
/// them together: "German" in one sentence of a report on cinema tickets and "ticket" in another are two other things,
/// and that report answered the Deutschlandticket's price. Left unchecked in English articles, such a compound let any
/// of them answer ("Wie hoch ist die Zugspitze?" → a rugby player's 25th birthday).
/// </summary>
/// <remarks>
/// Only for the unknown compounds (<see cref="QuestionConstraints"/>' UnknownWords): asked of a name's parts as well
/// ("Silvestersendung" → "New Year's Eve" … "broadcast"), it lost three answered probes whose English articles write
/// the parts in different sentences, and kept out no unanswerable.
/// </remarks>
internal static class CompoundPartsTogether
{
    /// <summary>Whether one sentence of <paramref name="texts"/> holds every analysed term of one of <paramref name="partForms"/>.</summary>
    /// <param name="partForms">Each part form of the compound as analysed terms in <paramref name="language"/>.</param>
    public static bool InOneSentence(IEnumerable<IReadOnlyList<string>> partForms, IReadOnlyList<string> texts, string language, ITermStatistics statistics)
    {
        var forms = partForms.Where(f => f.Count > 0).ToList();
        if (forms.Count == 0) return true;
        foreach (var text in texts)
        foreach (var sentence in PassageSentences.Of(text, language, statistics).Terms)
            if (forms.Any(form => form.All(term => sentence.Contains(term) || (language == "de" && sentence.Any(t => QuestionTerms.IsCompoundPart(term, t))))))
                return true;
        return false;
    }
}
