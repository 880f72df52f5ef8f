using Briefing.Core.Text;

namespace Briefing.Core.Lexicon;

/// <summary>
/// A German compound named with another word of the same field before the same head: "Unterrichtsministerium" /
/// "Bildungsministerium" / "Erziehungsministerium". Askers and articles pick either (Austrian and German usage differ,
/// and so do the asker's memory and the reporter's wording); the dictionary says so by rendering the
/// asker's compound as a phrase ("Unterrichtsministerium" → "ministry of education") whose head translates back into
/// the compound's own head ("ministry" → "Ministerium") and whose modifier translates into other German nouns
/// ("education" → "Bildung", "Erziehung"): joined as German joins them, those are the candidates.
/// </summary>
/// <remarks>
/// Only the modifier varies: the compound's head must be one of the head word's translations, or the phrase is no
/// rendering of the compound's parts (and a head of another word would name another thing). The candidates are not
/// checked against the index: the caller's index changes, the dictionary does not.
/// </remarks>
internal static class GermanCompoundSynonyms
{
    /// <summary>Shortest compound, head and modifier considered ("Schulalter": Schul + alter).</summary>
    private const int MinWord = 8;
    private const int MinPart = 4;
    /// <summary>The modifier's translations joined (later ones are rarer senses).</summary>
    private const int MaxModifiers = 8;
    /// <summary>The head word's translations tried against the compound's end.</summary>
    private const int MaxHeads = 16;

    public static IReadOnlyList<string> Of(CompiledLexicon germanEnglish, CompiledLexicon englishGerman, string word)
    {
        var result = new List<string>();
        if (word.Length < MinWord || !char.IsUpper(word[0]) || !word.All(char.IsLetter)) return result;
        var listed = germanEnglish.FirstListedForm(word, "de");
        if (listed is null) return result;
        foreach (var phrase in germanEnglish.Translations(listed))
        {
            if (HeadAndModifier(phrase) is not var (head, modifier)) continue;
            // The compound's own head, as the head word's translation writes it ("ministry" → "Ministerium").
            var germanHead = Nouns(englishGerman, head, MaxHeads)
                .Where(h => h.Length >= MinPart && word.Length >= h.Length + MinPart && word.EndsWith(h, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(h => h.Length).FirstOrDefault();
            if (germanHead is null) continue;
            var tail = word[^germanHead.Length..];
            foreach (var other in Nouns(englishGerman, modifier, MaxModifiers).Where(m => m.Length >= MinPart))
            foreach (var joined in GermanCompoundLinks.Joins(other, tail))
            {
                if (joined.Equals(word, StringComparison.OrdinalIgnoreCase) || result.Contains(joined, StringComparer.OrdinalIgnoreCase)) continue;
                result.Add(joined);
            }
        }
        return result;
    }

    /// <summary>
    /// The phrase's head and modifier as English orders them: "ministry of (the) education" → (ministry, education),
    /// "school age" → (age, school); null for anything else (a single word, a longer phrase, a verb phrase).
    /// </summary>
    private static (string Head, string Modifier)? HeadAndModifier(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!words.All(w => w.All(char.IsLetter))) return null;
        return words switch
        {
            [var head, "of", var modifier] => (head, modifier),
            [var head, "of", "the", var modifier] => (head, modifier),
            [var modifier, var head] when !FunctionWords.IsFunctionWord(modifier, "en") && !FunctionWords.IsFunctionWord(head, "en") => (head, modifier),
            _ => null,
        };
    }

    /// <summary>German nouns (capitalised single words) among the first translations of an English word, its plural looked up as listed.</summary>
    private static IEnumerable<string> Nouns(CompiledLexicon englishGerman, string english, int max)
    {
        foreach (var form in WordForms.Candidates(english, "en"))
        {
            var translations = englishGerman.Translations(form);
            if (translations.Count == 0) continue;
            return translations.Where(t => t.Length > 0 && char.IsUpper(t[0]) && t.All(char.IsLetter) && !FunctionWords.IsGeneric(t)).Take(max).ToList();
        }
        return [];
    }
}
