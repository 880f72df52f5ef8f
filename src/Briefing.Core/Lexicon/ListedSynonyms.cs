using Briefing.Core.Text;

namespace Briefing.Core.Lexicon;

/// <summary>
/// The words an article may name a noun's things by, as the dictionary lists them: its own entries' synonyms in the
/// same language ("Einbrüche" → "Einbruchsdiebstähle"; <see cref="CompiledLexicon.Synonyms"/>), or, in the other
/// language, the translations of the noun as written and in its base form ("seats" and "seat" → "Mandat") with those translations'
/// listed synonyms ("break-ins" → "Einbrüche" → "Einbruchsdiebstähle"). For the counted noun of a "how many" question
/// (<see cref="Search.IWordLexicon.OtherWordsFor"/>), whose figure an article writes before a word of its own choice.
/// </summary>
/// <remarks>
/// Only nouns, as nouns: a German noun's synonym is capitalised ("Stimmen" lists "zutreffen" for its verb's sense), an
/// English one is not (a name). A listed phrase of modifiers before one noun ("erfundene Geschichte" under "Märchen",
/// "scored goals" under "goals") names a kind of that noun, which the article may write alone ("aus den fünfzig
/// Geschichten"); a phrase with a function word ("Bitte um Auskunft", "pair of points") is not a noun's kind. Generic words
/// ("Leute", "things") would name anything and are left out.
/// </remarks>
internal static class ListedSynonyms
{
    /// <summary>Translations of each look-up form that are kept (later ones are rarer senses).</summary>
    private const int MaxTranslationsPerForm = 8;

    /// <param name="own">The dictionary from <paramref name="language"/> into the other language.</param>
    /// <param name="other">The dictionary from the other language into <paramref name="language"/>.</param>
    public static IReadOnlyList<string> Of(CompiledLexicon own, CompiledLexicon other, string noun, string language, string passageLanguage)
    {
        var words = new List<string>();
        if (passageLanguage == language)
            words.AddRange(SynonymsOf(own, noun, language));
        else
        {
            // As written and in its first listed inflection ("seats" → "seat"): the dictionary lists a plural with fewer senses.
            foreach (var form in new[] { noun, own.FirstListedForm(noun, language, skip: 1) }.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
            foreach (var translation in own.Translations(form).Where(t => IsNoun(t, passageLanguage)).Take(MaxTranslationsPerForm))
            {
                words.Add(translation);
                words.AddRange(SynonymsOf(other, translation, passageLanguage));
            }
        }
        return words.Where(w => !w.Equals(noun, StringComparison.OrdinalIgnoreCase) && !FunctionWords.IsGeneric(w))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The listed synonyms of the first look-up form of <paramref name="word"/> that has any, as nouns (see remarks).</summary>
    private static IEnumerable<string> SynonymsOf(CompiledLexicon lexicon, string word, string language)
    {
        foreach (var form in WordForms.Candidates(word, language))
        {
            var synonyms = lexicon.Synonyms(form);
            if (synonyms.Count == 0) continue;
            return synonyms.Select(s => NounOf(s, language)).OfType<string>().ToList();
        }
        return [];
    }

    /// <summary>The synonym as a noun: itself when it is one, the noun that ends a phrase of modifiers, else null.</summary>
    private static string? NounOf(string synonym, string language)
    {
        var words = synonym.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!IsNoun(words[^1], language)) return null;
        // German writes the modifiers of a noun lower case ("erfundene Geschichte"); English ones are nouns or adjectives alike.
        return words[..^1].All(w => char.IsLower(w[0]) && w.All(c => char.IsLetter(c) || c == '-') && !FunctionWords.IsFunctionWord(w, language))
            ? words[^1] : null;
    }

    private static bool IsNoun(string word, string language) =>
        !word.Contains(' ') && word.Length > 2 && word.All(c => char.IsLetter(c) || c == '-') && char.IsUpper(word[0]) == (language == "de");
}
