namespace Briefing.Core.Answering;

/// <summary>
/// A German compound of the question that no article writes is often the asker's word for the article's compound with the
/// same modifier and another head of the same sense ("der Lustenauer Recyclingfirma" over "des Recyclingunternehmens",
/// "der Wiener Versicherungsgruppe" over "des Versicherungskonzerns"), or with the modifier the asker clipped
/// ("die Salzburger Gastromesse" over "die Gastronomiemesse"). Either shows the detail in a German article: the modifier
/// still says which thing it is, the head only what kind of thing, which the dictionary's other words for it say too.
/// </summary>
/// <remarks>
/// Only for German questions over German articles: the other language writes the compound apart (its part translations
/// check that). The head's other words are the dictionary's (<see cref="NameDetector.OtherWordsFor"/>), never the index's.
/// </remarks>
internal static class OtherHeadCompounds
{
    /// <summary>A modifier shorter than this says too little of which thing is meant ("Ab|teilung").</summary>
    private const int MinModifier = 4;
    /// <summary>What a clipped modifier leaves off is a syllable or more ("Gastro|nomie"), as <see cref="AskersWordForms.IsClippedIn"/> reads it.</summary>
    private const int MinClippedOff = 3;
    /// <summary>The head's other words tried (later ones are rarer senses).</summary>
    private const int MaxOtherHeads = 8;

    /// <summary>The compound's modifier as the question wrote it and its listed head ("Recycling", "firma"), or null.</summary>
    public static (string Modifier, string Head)? Split(string word, string language, NameDetector names)
    {
        if (language != "de" || word.Length < MinModifier + 1 || !char.IsUpper(word[0]) || !word.All(char.IsLetter)
            || names.CompoundTail(word, language) is not { } tail || !word.EndsWith(tail, StringComparison.OrdinalIgnoreCase)) return null;
        var modifier = word[..^tail.Length];
        return modifier.Length < MinModifier ? null : (modifier, tail);
    }

    /// <summary>The compound with each of the dictionary's other words for its head ("Recyclingunternehmen"); empty when it is no compound.</summary>
    public static IReadOnlyList<string> Forms(string word, string language, NameDetector names)
    {
        if (Split(word, language, names) is not var (modifier, head)) return [];
        var noun = char.ToUpperInvariant(head[0]) + head[1..];
        return names.OtherWordsFor(noun, language, language)
            .Where(other => other.Length >= MinModifier && other.All(char.IsLetter) && char.IsUpper(other[0])
                && !other.Equals(noun, StringComparison.OrdinalIgnoreCase))
            .Take(MaxOtherHeads).Select(other => modifier + other.ToLowerInvariant()).ToList();
    }

    /// <summary>
    /// An article term that begins with the modifier's term and ends with the head's, with a syllable or more between:
    /// the article's full word of which the asker wrote the clipped form ("gastronomiemess" for "Gastro" + "mess").
    /// </summary>
    public static bool IsClippedIn(string modifierTerm, string headTerm, IReadOnlySet<string> terms) =>
        modifierTerm.Length >= MinModifier && headTerm.Length > 0
        && terms.Any(t => t.Length >= modifierTerm.Length + headTerm.Length + MinClippedOff
            && t.StartsWith(modifierTerm, StringComparison.Ordinal) && t.EndsWith(headTerm, StringComparison.Ordinal));
}
