using System.Text.RegularExpressions;

namespace Briefing.Core.Text;

/// <summary>
/// A German acronym spelt by the initials of its long form's compound parts, not of its words: "LKA" for
/// "Landeskriminalamt" (Land|es|kriminal|amt), "KV" for "Kollektivvertrag", "EZB" for "Europäische Zentralbank",
/// "EuGH" for "Europäischer Gerichtshof" (a lower-case letter of the acronym continues its part: "Eu"ropäischer).
/// German writes a name's words as one compound, so the one-word-a-letter reading (<see cref="NameInitials.WrittenOut"/>)
/// never saw these. The long form may be the front of a longer compound: "KV-Abschluss" beside
/// "Kollektivvertragsverhandlungen".
/// </summary>
public static partial class CompoundInitials
{
    /// <summary>A part shorter than this is a syllable, no word ("Amt", "Hof" are the shortest parts of names).</summary>
    private const int MinPart = 3;

    /// <summary>
    /// The acronym's letters as the parts of its long form begin: "EuGH" → "Eu", "G", "H"; "LKA" → "L", "K", "A".
    /// Null for a word that is no acronym (<see cref="Token.IsAcronymWithSmallLetters"/>): fewer than two capitals, or as
    /// many small letters as capitals or more ("BaFin", "KiTa" are read as names, "YouTube", "McLaren" are names).
    /// </summary>
    public static IReadOnlyList<string>? Letters(string acronym)
    {
        if (!Token.IsAcronymWithSmallLetters(acronym)) return null;
        return AcronymLetter().Matches(acronym).Select(m => m.Value).ToList();
    }

    /// <summary>
    /// Whether <paramref name="text"/> writes out <paramref name="acronym"/> by the initials of adjacent capitalised words
    /// and of their compound parts, one part a letter. A word standing for one letter is a dictionary word
    /// (<paramref name="isDictionaryWord"/>)
    /// or one the index knows; a part of a word is one the index or the dictionary knows (<paramref name="isWordPart"/>,
    /// given in lower case; a linking "s", "es", "n", "en", "er" or "e" after it is no part of it). At least one word gives
    /// several letters: the one-word-a-letter reading is <see cref="NameInitials.WrittenOut"/>'s, which asks dictionary words.
    /// </summary>
    public static bool WrittenOut(string text, string acronym, Func<string, bool> isDictionaryWord, Func<string, bool> isWordPart)
    {
        if (Letters(acronym) is not { } letters) return false;
        var words = Tokenizer.LetterRuns(text).Select(m => (m.Index, m.Value)).ToList();
        var reader = new Reader(text, words, letters, isDictionaryWord, isWordPart);
        for (var w = 0; w < words.Count; w++)
            if (char.IsUpper(words[w].Value[0]) && reader.Spells(w, 0, 0, false)) return true;
        return false;
    }

    private sealed class Reader(string text, List<(int Index, string Value)> words, IReadOnlyList<string> letters, Func<string, bool> isDictionaryWord, Func<string, bool> isWordPart)
    {
        /// <summary>Whether the letters from <paramref name="letter"/> on begin at <paramref name="at"/> of word <paramref name="w"/> and spell on.</summary>
        public bool Spells(int w, int at, int letter, bool split)
        {
            var word = words[w].Value;
            if (!word.AsSpan(at).StartsWith(letters[letter], StringComparison.OrdinalIgnoreCase)) return false;
            var last = letter == letters.Count - 1;
            for (var end = at + Math.Max(MinPart, letters[letter].Length); end <= word.Length; end++)
            {
                if (end == word.Length)
                {
                    // The part ends the word: a whole word or the last part of a compound, a word the dictionary or the index knows.
                    if (!(at == 0 && isDictionaryWord(word)) && !IsPart(word[at..])) continue;
                    if (last) return (split || at > 0) && IsLongFormOfTwo(word);
                    if (Adjoins(w) && char.IsUpper(words[w + 1].Value[0]) && Spells(w + 1, 0, letter + 1, split || at > 0)) return true;
                    continue;
                }
                if (word.Length - end < MinPart) continue;
                // "Kollektivvertrag|sverhandlungen": the long form may open a longer compound.
                if (last && (split || at > 0) && IsPart(word[at..end]) && IsPart(word[end..]) && IsLongFormOfTwo(word[..end])) return true;
                if (!last && char.ToLowerInvariant(word[end]) == char.ToLowerInvariant(letters[letter + 1][0]) && IsPart(word[at..end])
                    && Spells(w, end, letter + 1, true)) return true;
            }
            return false;
        }

        /// <summary>
        /// A two-letter acronym is spelt by too many compounds the index knows ("KV": Kollektivvertrag, but also
        /// Kreisverkehr, Kunstverein), so its long form must be a word the dictionary lists, not one built from index
        /// terms. With two letters the long form is one word (each word giving one letter is NameInitials' reading).
        /// </summary>
        private bool IsLongFormOfTwo(string longForm) => letters.Count > 2 || IsWordBeforeAnyLink(longForm, isDictionaryWord);

        private bool IsPart(string part) => IsWordBeforeAnyLink(part.ToLowerInvariant(), isWordPart);

        /// <summary>Whether <paramref name="word"/>, or it without a linking element at its end ("Kollektivvertrag|s"), is a word.</summary>
        private static bool IsWordBeforeAnyLink(string word, Func<string, bool> isWord) =>
            isWord(word) || GermanCompoundLinks.All.Any(link => link.Length > 0 && word.Length - link.Length >= MinPart
                                                                 && word.EndsWith(link, StringComparison.Ordinal) && isWord(word[..^link.Length]));

        /// <summary>The next word follows after one space or hyphen: the words of one name.</summary>
        private bool Adjoins(int w)
        {
            if (w + 1 >= words.Count) return false;
            var gap = words[w].Index + words[w].Value.Length;
            return words[w + 1].Index - gap == 1 && text[gap] is ' ' or '-';
        }
    }

    [GeneratedRegex(@"\p{Lu}\p{Ll}*")]
    private static partial Regex AcronymLetter();
}
