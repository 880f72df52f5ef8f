using Briefing.Core.Text;

namespace Briefing.Core.Llm;

/// <summary>
/// Folded words of cited text with their index stems (German and English: the text's language is not known
/// here, and names are often in both), built once so that every claim word is checked against it cheaply.
/// A claim word occurs when it shares a stem with a word, or one's stem starts the other ("gegründet" ~
/// "gegründeten", "Warsa" ~ "Warsaw"): answers paraphrase, and cited text is short enough for that leniency.
/// </summary>
public sealed class ClaimVocabulary
{
    private const int MinPrefixCandidateLength = 4;
    private readonly List<(string Word, string German, string English)> _entries = [];
    private readonly HashSet<string> _stems = new(StringComparer.Ordinal);

    public ClaimVocabulary(IEnumerable<string> foldedWords)
    {
        foreach (var word in foldedWords.Distinct(StringComparer.Ordinal))
        {
            var german = WordNormalizer.Stem(word, LanguageDetector.German);
            var english = WordNormalizer.Stem(word, LanguageDetector.English);
            _entries.Add((word, german, english));
            _stems.Add(german);
            _stems.Add(english);
        }
    }

    public int Count => _entries.Count;

    /// <summary>Stems shorter than this are too unspecific to start other words ("stat" of "states").</summary>
    private const int MinPrefixStem = 5;

    public bool Contains(string foldedWord)
    {
        var german = WordNormalizer.Stem(foldedWord, LanguageDetector.German);
        var english = WordNormalizer.Stem(foldedWord, LanguageDetector.English);
        if (_stems.Contains(german) || _stems.Contains(english)) return true;
        foreach (var (word, candidateGerman, candidateEnglish) in _entries)
        {
            if (StartsWithStem(word, foldedWord, german, english)) return true;
            if (word.Length >= MinPrefixCandidateLength && StartsWithStem(foldedWord, word, candidateGerman, candidateEnglish)) return true;
        }
        return false;
    }

    /// <summary><paramref name="text"/> starts with one of <paramref name="word"/>'s long stems, or with the whole word when it is short.</summary>
    private static bool StartsWithStem(string text, string word, string german, string english) =>
        word.Length < MinPrefixStem
            ? text.StartsWith(word, StringComparison.Ordinal)
            : (german.Length >= MinPrefixStem && text.StartsWith(german, StringComparison.Ordinal))
              || (english.Length >= MinPrefixStem && text.StartsWith(english, StringComparison.Ordinal));
}
