using System.Text.RegularExpressions;

namespace Briefing.Core.Text;

/// <summary>
/// What a name of several capitalised words is abbreviated to: "PSG" for "Paris Saint-Germain", "IMF" for
/// "International Monetary Fund". Articles often write only the initials once the name is known to their readers.
/// </summary>
public static partial class NameInitials
{
    private const int MinWords = 3;
    private const int MaxWords = 4;

    /// <summary>
    /// The initials of every stretch of <see cref="MinWords"/> to <see cref="MaxWords"/> capitalised words
    /// (hyphenated parts count) of <paramref name="text"/> that holds <paramref name="word"/>: names stand next to
    /// each other ("Manchester City Paris Saint-Germain"), so every stretch around the word.
    /// </summary>
    public static IEnumerable<string> Around(string text, string word)
    {
        foreach (Match run in CapitalisedRun().Matches(text))
        {
            var words = run.Value.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            var at = Array.IndexOf(words, word);
            if (at < 0) continue;
            for (var first = Math.Max(0, at - MaxWords + 1); first <= at; first++)
                for (var count = Math.Max(MinWords, at - first + 1); count <= MaxWords && first + count <= words.Length; count++)
                    yield return new string(words.Skip(first).Take(count).Select(w => w[0]).ToArray());
        }
    }

    /// <summary>
    /// Whether <paramref name="text"/> writes out the name <paramref name="acronym"/> abbreviates: a stretch of
    /// capitalised words, at the start of a name (after an article at most), whose initials spell it — "the United
    /// Nations Economic Commission" for "UN", "die Europäische Zentralbank" for "EZB". Questions use the short form
    /// readers know; the report may write the name out only. An organisation's name is made of dictionary words
    /// (<paramref name="isDictionaryWord"/>: "United", "Nations", "Europäische"); a person's mostly is not: "Mr Howard" is no "MH".
    /// </summary>
    public static bool WrittenOut(string text, string acronym, Func<string, bool> isDictionaryWord)
    {
        if (acronym.Length < 2 || !acronym.All(char.IsUpper)) return false;
        foreach (Match run in CapitalisedRun().Matches(text))
        {
            var words = run.Value.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            // "The United Nations said ...": a function word opening the sentence is no part of the name.
            var first = FunctionWords.IsFunctionWord(words[0]) ? 1 : 0;
            if (words.Length - first < acronym.Length) continue;
            var name = words.Skip(first).Take(acronym.Length).ToList();
            if (name.Select(w => w[0]).SequenceEqual(acronym) && name.All(isDictionaryWord)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"\p{Lu}\p{L}+(?:[ -]\p{Lu}\p{L}+)+")]
    private static partial Regex CapitalisedRun();
}
