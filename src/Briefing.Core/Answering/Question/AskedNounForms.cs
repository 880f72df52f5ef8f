using System.Text.RegularExpressions;
using Briefing.Core.Search;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The asked noun ("which X"'s head; <see cref="Text.AskedHead"/>) as a passage writes it. In the question's language, the
/// noun itself. In the other language, also its translations, as retrieval found them ("Which group ...?" → "eine
/// Jihadistengruppe namens Die Enkel ..."): without them a cross-lingual question's answer was marked by nothing but
/// its being a name, and the sentence restating the question won. They raise a sentence's score and read the name
/// after the noun (<see cref="AnswerCandidates.Apposition"/>); the lead's mark stays with the typed noun
/// (<see cref="SentenceCandidates"/>), except for the name written right after a dictionary form (<see cref="AsWrittenBy"/>).
/// </summary>
internal static class AskedNounForms
{
    public static IReadOnlyList<string> In(IReadOnlyList<string> nouns, string questionLanguage, string passageLanguage, IReadOnlyList<WeightedTerm> expansions)
    {
        if (passageLanguage == questionLanguage || nouns.Count == 0) return nouns;
        // As typed too: many such nouns are written alike in both languages ("Manager", "Band", "Film", "Club").
        var forms = new List<string>(nouns);
        foreach (var noun in nouns)
            forms.AddRange(ExpansionsOf(noun, questionLanguage, passageLanguage, synonyms: false, expansions).Select(e => e.Text));
        return forms.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// The asked nouns with the dictionary's words for them in a passage's language: their synonyms in the question's own
    /// ("Spital" → "Krankenhaus"), their translations in the other. Loose as marks of a name beside them, but a name
    /// compounded with one ("Al-Kuds-Krankenhaus") is named as one (<see cref="NameCompounds"/>).
    /// </summary>
    public static IReadOnlyList<string> WithDictionaryWords(IReadOnlyList<string> nouns, string questionLanguage, string passageLanguage,
        IReadOnlyList<WeightedTerm> expansions) =>
        nouns.Concat(nouns.SelectMany(n => ExpansionsOf(n, questionLanguage, passageLanguage, synonyms: passageLanguage == questionLanguage, expansions))
                .Select(e => e.Text).Where(t => !t.Contains(' ')))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>
    /// The asked noun's translations, as an article in the question's own language may write them: news borrows the
    /// other language's word ("Wie viele Arbeitsplätze …?" → "12.000 neue Jobs", "Manager", "Tickets").
    /// </summary>
    public static IEnumerable<string> Borrowed(string noun, string questionLanguage, IReadOnlyList<WeightedTerm> expansions) =>
        ExpansionsOf(noun, questionLanguage, questionLanguage == "de" ? "en" : "de", synonyms: false, expansions)
            .Select(e => e.Text).Where(t => !t.Contains(' '));

    /// <summary>The lexicon's words for <paramref name="noun"/> in <paramref name="passageLanguage"/>: its translations, or its same-language synonyms.</summary>
    private static IEnumerable<WeightedTerm> ExpansionsOf(string noun, string questionLanguage, string passageLanguage, bool synonyms,
        IReadOnlyList<WeightedTerm> expansions) =>
        expansions.Where(e => e.Language == passageLanguage && e.Synonym == synonyms
                              && string.Equals(e.Group, $"{questionLanguage}:{noun}", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The asked nouns as the dictionary writes them in a passage's language, besides the typed noun: their
    /// translations in the other language, their synonyms in the question's own ("Which ref ruled …?" → "referee"),
    /// and, for a who-question, the doer nouns of its verbs (<see cref="WeightedTerm.Doer"/>: "Who directed …?" →
    /// "director", "Regisseur"). A dictionary's other senses make them too loose to mark a name near them, but a name
    /// written right after one ("referee Mike Riley", "cable channel HBO", "Regisseur Vincent Paterson") is named as
    /// what the noun says (<see cref="AnswerCandidates.Apposition"/>).
    /// </summary>
    /// <param name="frequency">How many of the passage language's articles write a word.</param>
    /// <remarks>
    /// A synonym is taken only where the index writes it more often than the typed noun: then it is how the articles
    /// name the asked thing ("ref" → "referee"). One written less often adds only the dictionary's other senses and
    /// near kinds (probes: "On which film's set …?" → "New Bruce Willis movie Hostage" in another article led).
    /// </remarks>
    public static IReadOnlyList<string> AsWrittenBy(IReadOnlyList<string> nouns, bool doersAsked, string questionLanguage, string passageLanguage,
        IReadOnlyList<WeightedTerm> expansions, Func<string, int> frequency)
    {
        var forms = new List<string>();
        var sameLanguage = passageLanguage == questionLanguage;
        foreach (var noun in nouns)
            forms.AddRange(ExpansionsOf(noun, questionLanguage, passageLanguage, synonyms: sameLanguage, expansions)
                .Where(e => !sameLanguage || frequency(e.Text) > frequency(noun)).Select(e => e.Text));
        if (doersAsked) forms.AddRange(expansions.Where(e => e.Doer && e.Language == passageLanguage).Select(e => e.Text));
        return forms.Except(nouns, StringComparer.OrdinalIgnoreCase).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// <paramref name="forms"/> and the sentence's words of the same analysed term: the dictionary gives a noun in one
    /// inflection ("Welcher Sender …?" → "channels"), the article writes another ("cable channel HBO").
    /// </summary>
    public static IReadOnlyList<string> WordsOf(string sentence, IReadOnlySet<string> sentenceTerms, IReadOnlyList<string> forms,
        IReadOnlySet<string> formTerms, Func<string, IReadOnlyList<string>> analyze)
    {
        if (!sentenceTerms.Overlaps(formTerms)) return forms;
        var words = new List<string>(forms);
        foreach (Match word in Tokenizer.LetterRuns(sentence))
            if (!words.Contains(word.Value, StringComparer.OrdinalIgnoreCase) && analyze(word.Value).Any(formTerms.Contains)) words.Add(word.Value);
        return words;
    }
}
