using Briefing.Core.Text;

namespace Briefing.Core.Lexicon;

/// <summary>
/// Same-language synonyms strict enough to stand for the word where the article must be about it: "Chefcoach" /
/// "Cheftrainer", "Auskunft" / "Angabe", "Pleite" / "Konkurs", "Beschäftigte" / "Mitarbeiter". The round trip through
/// the other language (<see cref="SameLanguageSynonyms"/>) brings every sense of every translation ("Testspiel" →
/// trial → "Verhandlung"); here the round trip must come back both ways through the same sense.
/// </summary>
/// <remarks>
/// Two words are the same sense when (a) each is among the other's back-translations through at least
/// <see cref="MinRoutes"/> distinct translations — one shared word is one shared sense of a polysemous word ("trial"),
/// two are two readings that agree — or (b) one multi-word translation renders both and translates back into both
/// ("head coach" → Cheftrainer, Chefcoach; "parking bay" → Stellplatz, Parkplatz): a phrase names one sense — when it
/// is each word's own sense (<see cref="NamesMainSense"/>), not a side sense both happen to have ("extra time": Pause, Verlängerung).
/// Every listed look-up form of the word is read (the plural "Stellplätze" is listed with other renderings than
/// "Stellplatz"). German nouns only, and only nouns match them: the synonyms serve the off-topic check and the counted
/// noun, which read nouns.
/// </remarks>
internal static class SameSenseSynonyms
{
    /// <summary>Distinct translations each word must come back through (unless a phrase renders both).</summary>
    private const int MinRoutes = 2;
    /// <summary>The translations read for each word (later ones are rarer senses).</summary>
    private const int MaxTranslations = 12;
    private const int MinLength = 3;
    /// <summary>The word's translations whose back-translations are candidates, and the candidates read from each.</summary>
    private const int MaxAnchors = 10;
    private const int MaxBack = 8;

    /// <summary>The same-sense synonyms of <paramref name="word"/> in <paramref name="language"/>; none for anything but a German noun.</summary>
    /// <param name="forward">The dictionary from <paramref name="language"/> into the other language.</param>
    /// <param name="backward">The dictionary from the other language into <paramref name="language"/>.</param>
    public static IReadOnlyList<string> Of(CompiledLexicon forward, CompiledLexicon backward, string word, string language)
    {
        // German nouns only (capitalised). Verbs come back through phrasal renderings of every sense ("trainiert" → worked
        // out → "ausgerechnet"); English does not mark its nouns, and its round trip through German's many nouns for one
        // word brought other things ("awards" → Preise → "prices", "units" → Einheiten → "items"; probes: 5 won, 5 lost, 2
        // unanswerables answered).
        if (language != "de" || !char.IsUpper(word[0])) return [];
        var own = Translations(forward, word, language);
        if (own.Count == 0) return [];
        var ownForms = Forms(word, language);
        var result = new List<string>();
        foreach (var candidate in own.Take(MaxAnchors).Where(t => !FunctionWords.IsGeneric(t))
                     .SelectMany(t => backward.Translations(t).Take(MaxBack)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (candidate.Length < MinLength || !candidate.All(char.IsLetter) || !char.IsUpper(candidate[0]) || FunctionWords.IsGeneric(candidate)
                || NamesAnAdjective(forward, candidate)) continue;
            var candidateForms = Forms(candidate, language);
            if (candidateForms.Overlaps(ownForms) || result.Any(r => Forms(r, language).Overlaps(candidateForms))) continue;
            var theirs = Translations(forward, candidate, language);
            var there = own.Where(t => RendersBack(backward, t, candidateForms)).ToList();
            var back = theirs.Where(t => RendersBack(backward, t, ownForms)).ToList();
            var sharedPhrase = there.Any(t => t.Contains(' ') && back.Contains(t, StringComparer.OrdinalIgnoreCase)
                                              && NamesMainSense(own, t) && NamesMainSense(theirs, t));
            if (sharedPhrase || (Distinct(there, language) >= MinRoutes && Distinct(back, language) >= MinRoutes)) result.Add(candidate);
        }
        return result;
    }

    /// <summary>
    /// Whether the phrase is the word's own sense, not one stray sense among many: it is the word's only rendering, or
    /// another rendering repeats one of its words ("Parkplatz": car park, parking space, … parking bay). "Pause" and
    /// "Verlängerung" share "extra time" (a broadcast's filler, a match's overtime), but neither's other renderings
    /// (break, rest; extension, prolongation) echo it: two words that meet only in a side sense are no synonyms.
    /// </summary>
    private static bool NamesMainSense(IReadOnlyList<string> translations, string phrase)
    {
        var others = translations.Where(t => !t.Equals(phrase, StringComparison.OrdinalIgnoreCase)).ToList();
        if (others.Count == 0) return true;
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return others.Any(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => words.Contains(w, StringComparer.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// A noun made of an adjective or participle ("Weite" of "weit", "Angestellte" of "angestellt"): the analyser folds it
    /// with every form of the adjective ("weitere", "angestellten"), so an article would show it wherever it says "further"
    /// (probes: "Breite" → "Weite" met "zwei weitere VP-Ideen" in another article, which then answered).
    /// </summary>
    /// <remarks>
    /// Broader than that: the look-up ignores case, so any noun whose form without its final e is a dictionary word counts
    /// ("Tage"/"Tag", "Preise"/"Preis", "Punkte"/"Punkt", "Reise"/"Reis"): a plural or a noun one letter off its stem gets
    /// no same-sense synonym either.
    /// </remarks>
    private static bool NamesAnAdjective(CompiledLexicon forward, string noun) =>
        noun.EndsWith('e') && forward.Translations(noun[..^1]).Count > 0;

    private static bool RendersBack(CompiledLexicon backward, string translation, HashSet<string> forms) =>
        backward.Translations(translation).Any(b => forms.Contains(b.ToLowerInvariant()));

    /// <summary>The translations of every listed look-up form of the word, first ones first.</summary>
    private static List<string> Translations(CompiledLexicon lexicon, string word, string language) =>
        WordForms.Candidates(word, language, nounPlurals: true)
            .SelectMany(form => lexicon.Translations(form).Take(MaxTranslations))
            .Where(t => !t.Equals(word, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The word and its look-up forms, lower case: "Parkplätze" is "Parkplatz" when the dictionary renders it back.</summary>
    private static HashSet<string> Forms(string word, string language) =>
        WordForms.Candidates(word, language, nounPlurals: true).Prepend(word).Select(f => f.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>Routes that are distinct words, not forms of one: "employee" and "employees" are one.</summary>
    private static int Distinct(IEnumerable<string> translations, string language) =>
        translations.Select(t => SameLanguageSynonyms.Sense(t, language == "de" ? "en" : "de")).Distinct(StringComparer.Ordinal).Count();
}
