using Briefing.Core.Search;

namespace Briefing.Core.Answering;

/// <summary>
/// The asked noun ("which X"'s head; <see cref="Text.AskedHead"/>) as a passage writes it. In the question's language, the
/// noun itself. In the other language, also its translations, as retrieval found them ("Which group ...?" → "eine
/// Jihadistengruppe namens Die Enkel ..."): without them a cross-lingual question's answer was marked by nothing but
/// its being a name, and the sentence restating the question won. They raise a sentence's score and read the name
/// after the noun (<see cref="AnswerCandidates.Apposition"/>); the lead's mark stays with the typed noun
/// (<see cref="SentenceCandidates"/>).
/// </summary>
internal static class AskedNounForms
{
    public static IReadOnlyList<string> In(IReadOnlyList<string> nouns, string questionLanguage, string passageLanguage, IReadOnlyList<WeightedTerm> expansions)
    {
        if (passageLanguage == questionLanguage || nouns.Count == 0) return nouns;
        // As typed too: many such nouns are written alike in both languages ("Manager", "Band", "Film", "Club").
        var forms = new List<string>(nouns);
        foreach (var noun in nouns)
            forms.AddRange(expansions.Where(e => e.Language == passageLanguage && !e.Synonym
                                                 && string.Equals(e.Group, $"{questionLanguage}:{noun}", StringComparison.OrdinalIgnoreCase)).Select(e => e.Text));
        return forms.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
