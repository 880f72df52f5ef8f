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
        // "binnen fünf bis zehn Minuten", "three to four hours": a range written in words, too.
        end = EndOfRangeInWords(text, end);
        // "die 900-Einwohner-Gemeinde", "ein 30-Tonnen-Lkw": a compound written onto the figure counts its first part; the
        // rest says what has that many (a town of 900 inhabitants is no count of towns).
        if (IsCompoundModifier(text, end) && Tokenizer.NextLetterRun(text, end + 1) is { Success: true } joined && joined.Index == end + 1
            && IsCompoundModifier(text, joined.Index + joined.Length))
            return FunctionWords.IsFunctionWord(joined.Value, language) ? null : [joined.Value];
        // "a 133-hectare ranch", "the four-page lawsuit", "the 82-date tour": English writes a figure joined to a singular
        // noun as the modifier of what has that many; the figure counts the joined noun, not the noun it modifies. Not
        // "a 6,000-strong panel" or "40-odd": those words say how the figure is meant, and the noun after it is counted.
        if (language == "en" && IsCompoundModifier(text, end) && Tokenizer.NextLetterRun(text, end + 1) is { Success: true } unit && unit.Index == end + 1
            && unit.Index + unit.Length < text.Length && char.IsWhiteSpace(text[unit.Index + unit.Length])
            && char.IsLower(unit.Value[0]) && !CountQualifiers.Contains(unit.Value))
            return FunctionWords.IsFunctionWord(unit.Value, language) ? null : [unit.Value];
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

    /// <summary>Past "bis zehn", "to four", "oder drei" when a figure in words closes a range at <paramref name="end"/>; else <paramref name="end"/>.</summary>
    private static int EndOfRangeInWords(string text, int end)
    {
        var words = Tokenizer.LetterRuns(text, end).Cast<Match>().Take(2).ToList();
        return words.Count == 2 && string.IsNullOrWhiteSpace(text[end..words[0].Index]) && string.IsNullOrWhiteSpace(text[(words[0].Index + words[0].Length)..words[1].Index])
            && RangeWords.Contains(words[0].Value) && NumberWords.Digits(words[1].Value) is not null
            ? words[1].Index + words[1].Length
            : end;
    }

    /// <summary>The words that join a range's two figures in words (<see cref="NumberTokens.RangeJoinersInWords"/>).</summary>
    private static readonly HashSet<string> RangeWords = new(NumberTokens.RangeJoinersInWords.Split('|'), StringComparer.OrdinalIgnoreCase);

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

    /// <summary>
    /// Words English joins to a figure that qualify the figure, not name what it counts: "6,000-strong", "40-odd",
    /// "20-plus", "three-fold", "20-something".
    /// </summary>
    private static readonly HashSet<string> CountQualifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "strong", "odd", "plus", "fold", "something", "somethings", "ish",
    };
}
