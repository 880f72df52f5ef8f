using Briefing.Core.Text;

namespace Briefing.Core.Lexicon;

/// <summary>
/// Words of one language that say the same thing: "Beschäftigte" / "Mitarbeiter" / "Angestellte", "kids" / "children",
/// "gebaut" / "errichtet". No monolingual thesaurus is installed, but the two FreeDict directions are one: two words are
/// synonyms when the dictionary renders both with the same words of the other language. The candidates are the
/// back-translations of the word's translations ("Beschäftigte" → "employees" → "Mitarbeiter", "Angestellte", ...).
/// </summary>
/// <remarks>
/// One shared translation is not enough: "besorgt" and "zugelegt" share only "got", "Leute" and "Kerle" only "dudes".
/// A candidate must share at least <see cref="MinShared"/> of its translations with the word (after folding plurals:
/// "employee" and "employees" are one), or both must have the same first translation ("kids" and "children" are both
/// first "Kinder"). German nouns only match nouns (capitalised), other words only other words: "Folgen" (consequences)
/// is no "folgen" (follow). The caller keeps the ones the index holds and drops names, which have no synonyms.
/// </remarks>
internal static class SameLanguageSynonyms
{
    /// <summary>The word's translations whose back-translations are candidates (later ones are rarer senses).</summary>
    private const int MaxAnchors = 6;
    /// <summary>The back-translations of each anchor that are candidates.</summary>
    private const int MaxBack = 8;
    /// <summary>Shared translations that make two words synonyms (unless their first translations agree).</summary>
    private const int MinShared = 2;

    /// <summary>The synonyms of <paramref name="word"/> in <paramref name="language"/>, most shared translations first.</summary>
    /// <param name="forward">The dictionary from <paramref name="language"/> into the other language.</param>
    /// <param name="backward">The dictionary from the other language into <paramref name="language"/>.</param>
    public static IReadOnlyList<string> Of(CompiledLexicon forward, CompiledLexicon backward, string word, string language)
    {
        var other = language == "de" ? "en" : "de";
        var (listed, own) = Listed(forward, word, language);
        if (listed is null) return [];
        var ownSenses = own.Select(t => Sense(t, other)).ToHashSet(StringComparer.Ordinal);
        var firstSense = Sense(own[0], other);
        var wordSense = Sense(listed, language);
        var scored = new List<(string Word, int Shared)>();
        foreach (var anchor in own.Take(MaxAnchors))
        {
            if (FunctionWords.IsGeneric(anchor)) continue;
            foreach (var candidate in backward.Translations(anchor).Where(IsSingleWord).Take(MaxBack))
            {
                if (candidate.Length < MinLength || !candidate.All(char.IsLetter) || FunctionWords.IsGeneric(candidate)) continue;
                if (scored.Any(s => s.Word.Equals(candidate, StringComparison.OrdinalIgnoreCase))) continue;
                if (candidate.Equals(word, StringComparison.OrdinalIgnoreCase) || Sense(candidate, language) == wordSense) continue;
                // German capitalises nouns: a noun's synonym is a noun, a verb's or adjective's is not. English words from
                // the German-English dictionary are lower case unless they are names.
                if (char.IsUpper(candidate[0]) != (language == "de" && char.IsUpper(word[0]))) continue;
                var (_, theirs) = Listed(forward, candidate, language);
                if (theirs.Count == 0) continue;
                var shared = theirs.Select(t => Sense(t, other)).Distinct(StringComparer.Ordinal).Count(ownSenses.Contains);
                if (shared >= MinShared || Sense(theirs[0], other) == firstSense) scored.Add((candidate, shared));
            }
        }
        return scored.OrderByDescending(s => s.Shared).Select(s => s.Word).ToList();
    }

    private const int MinLength = 3;

    /// <summary>The first look-up form of <paramref name="word"/> the dictionary lists with single-word translations, and those.</summary>
    private static (string? Listed, IReadOnlyList<string> Translations) Listed(CompiledLexicon lexicon, string word, string language)
    {
        foreach (var form in WordForms.Candidates(word, language, nounPlurals: true))
        {
            var translations = lexicon.Translations(form)
                .Where(t => IsSingleWord(t) && !t.Equals(word, StringComparison.OrdinalIgnoreCase) && !t.Equals(form, StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (translations.Count > 0) return (form, translations);
        }
        return (null, []);
    }

    /// <summary>
    /// A translation with its plural or inflection folded, for comparing two words' translations: "employee" and
    /// "employees", "Mitarbeiter" and "Mitarbeiterin" say the same thing.
    /// </summary>
    internal static string Sense(string translation, string language)
    {
        var lower = translation.ToLowerInvariant();
        if (language != "de")
        {
            if (lower.Length > 5 && lower.EndsWith("ies", StringComparison.Ordinal)) return lower[..^3] + "y";
            return lower.Length > 4 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) ? lower[..^1] : lower;
        }
        // The feminine first ("Mitarbeiterinnen" → "Mitarbeiter"), then a plural or case ending ("Angestellten" → "Angestellt").
        foreach (var feminine in (string[])["innen", "in"])
            if (lower.Length > feminine.Length + 4 && lower.EndsWith(feminine, StringComparison.Ordinal)) { lower = lower[..^feminine.Length]; break; }
        foreach (var ending in (string[])["en", "n", "e", "s"])
            if (lower.Length > ending.Length + 3 && lower.EndsWith(ending, StringComparison.Ordinal)) return lower[..^ending.Length];
        return lower;
    }

    private static bool IsSingleWord(string translation) => !translation.Contains(' ');
}
