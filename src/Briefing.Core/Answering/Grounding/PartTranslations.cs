using Briefing.Core.Search;

namespace Briefing.Core.Answering;

/// <summary>
/// A German compound name the dictionary translates part by part ("Deutschlandticket" → "German ticket", "Zugspitze" →
/// "draft peak", "Untersberg" → "under mountain") is shown in an English article only where the parts stand together, as
/// the compound's own words would: a film article that writes "German" in one paragraph and "cinema ticket" in another
/// does not name the Deutschlandticket. Each part alone is a generic word that any article of the other language has
/// somewhere, so without this the name the question is about was never required there (unanswerable questions about it
/// were answered from unrelated English articles).
/// </summary>
/// <remarks>
/// Train + probes: 2 unanswerables fewer answered (Deutschlandticket), no answer lost, XQuAD unchanged. For every compound
/// detail it kept 5 out but lost 3 answers whose article paraphrases ("a remote", "singer"); for a question's only detail
/// without requiring German articles that write the parts, XQuAD de→en lost 4 (an English-only index knows no German word).
/// </remarks>
internal static class PartTranslations
{
    /// <summary>
    /// The constraints of <paramref name="items"/> not yet <paramref name="missing"/> that <paramref name="terms"/> shows only
    /// by their part-by-part translations, whose parts stand together in none of <paramref name="texts"/>.
    /// </summary>
    public static IEnumerable<QuestionConstraint> ScatteredIn(IReadOnlyList<QuestionConstraint> items, IReadOnlyList<QuestionConstraint> missing,
        IReadOnlySet<string> terms, IReadOnlyList<string> texts, string language, ITermStatistics statistics)
    {
        List<IReadOnlyList<string>>? analysedTexts = null;
        foreach (var item in items)
        {
            if (item.PartTranslations.Count == 0 || missing.Contains(item) || item.Number) continue;
            // Only when the compound is the question's one detail, its topic ("Wie hoch ist die Zugspitze?"): beside a name
            // or figure that fixes the story ("du Ponts Schießpulverunternehmen", "der erste Hallenmarkt in Newcastle") it
            // is the asker's word for what the article words otherwise ("gunpowder mills", "covered market"; XQuAD de→en lost 8).
            if (items.Any(other => !ReferenceEquals(other, item) && !other.Describes)) continue;
            // Shown otherwise (as written, by a whole-word translation, initials …): the parts need not stand together.
            var others = item.Alternatives.Except(item.PartTranslations, StringComparer.OrdinalIgnoreCase)
                .Select(a => statistics.AnalyzeTerms(a, language)).Where(a => a.Count > 0);
            if (others.Any(a => a.All(terms.Contains))) continue;
            analysedTexts ??= texts.Select(t => statistics.AnalyzeTerms(t, language)).ToList();
            var together = item.PartTranslations.Select(a => statistics.AnalyzeTerms(a, language)).Where(a => a.Count > 1)
                .Any(parts => analysedTexts.Any(text => StandTogether(parts, text)));
            if (!together) yield return item;
        }
    }

    /// <summary>
    /// The analysed parts stand within <see cref="MaxGap"/> terms of one another in the text, in either order: "German
    /// rail ticket", "the ticket for Germany".
    /// </summary>
    private static bool StandTogether(IReadOnlyList<string> parts, IReadOnlyList<string> text)
    {
        for (var i = 0; i < text.Count; i++)
        {
            if (!string.Equals(text[i], parts[0], StringComparison.Ordinal)) continue;
            var window = text.Skip(Math.Max(0, i - parts.Count - MaxGap)).Take(2 * (parts.Count + MaxGap) + 1).ToHashSet(StringComparer.Ordinal);
            if (parts.All(window.Contains)) return true;
        }
        return false;
    }

    /// <summary>Terms that may stand between the parts (an adjective, a preposition's object).</summary>
    private const int MaxGap = 1;
}
