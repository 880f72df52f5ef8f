using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// What a figure counts: the words after it up to its noun ("453 Ortstafeln", "50 seltene Papageien", "3,000 people").
/// A figure that counts no noun after it ("Maroon 5 and Snow Patrol", "BBC Radio 4's") may be part of a name.
/// </summary>
internal static class CountedWords
{
    /// <summary>
    /// The words from a number to the noun it counts: in German up to the first capitalised word past lower-case
    /// adjectives; in English up to the first word that ends like a plural or names people. Null when a function word,
    /// punctuation or the sentence's end comes first: the number counts what the sentence said before.
    /// </summary>
    public static List<string>? After(string text, int end, string language)
    {
        // "zwischen 10.000 und 50.000 Euro", "between 10 and 20 staff": the first figure of a range counts what the second does.
        end = NumberTokens.EndOfRange(text, end);
        // "die 900-Einwohner-Gemeinde", "ein 30-Tonnen-Lkw": a compound written onto the figure counts its first part; the
        // rest says what has that many (a town of 900 inhabitants is no count of towns).
        if (IsCompoundModifier(text, end) && Tokenizer.NextLetterRun(text, end + 1) is { Success: true } joined && joined.Index == end + 1
            && IsCompoundModifier(text, joined.Index + joined.Length))
            return FunctionWords.IsFunctionWord(joined.Value, language) ? null : [joined.Value];
        var words = new List<string>();
        foreach (Match word in Tokenizer.LetterRuns(text, end))
        {
            // A comma, a full stop or a bracket ends what the number counts.
            if (!IsSpaceOrHyphen(text[end..word.Index])) return null;
            end = word.Index + word.Length;
            // "40 Millionen Euro", "1,2 Millionen Zigaretten", "3.2 million viewers": the scale word is part of the number.
            if (NumberWords.IsScale(word.Value)) continue;
            // "acht Amazon-Versandzentren": a hyphenated compound counts its last part; the parts before it say whose or
            // what kind, so "Amazon" does not make them the asked "Amazon-Mitarbeiter".
            if (IsCompoundModifier(text, end)) continue;
            // "eight others", "drei andere": a pronoun stands for the noun said before, which the figure counts.
            if (words.Count >= MaxWordsToNoun || FunctionWords.IsFunctionWord(word.Value, language) || CountPronouns.Is(word.Value)) return null;
            words.Add(word.Value);
            if (language == "de" ? char.IsUpper(word.Value[0]) : IsEnglishCountNoun(word.Value)) return words;
        }
        return null;
    }

    /// <summary>
    /// An English word that looks like what a figure counts: a plural ("cases", "policyholders") or a word for people
    /// ("staff", "people"). English does not capitalise nouns, so the plural's shape tells the noun from its modifiers.
    /// </summary>
    public static bool IsEnglishCountNoun(string word) =>
        PersonNouns.IsPersonNoun(word) || (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal));

    /// <summary>The word ending at <paramref name="end"/> is joined by a hyphen to a word after it.</summary>
    private static bool IsCompoundModifier(string text, int end) =>
        end + 1 < text.Length && text[end] is '-' or '–' && char.IsLetter(text[end + 1]);

    private static bool IsSpaceOrHyphen(string between) => between.All(c => char.IsWhiteSpace(c) || c is '-' or '–');

    private const int MaxWordsToNoun = 3;
}
