using Briefing.Core.Caching;

namespace Briefing.Core.Text;

/// <summary>
/// The one folding and stemming path for comparing words outside the index, built on the index's own Lucene
/// filters so that a word matches here exactly when its analysed form would: <see cref="Fold"/> is the German
/// index's folding ("Präsident", "Praesident" and "President" all become "prasident"/"president" consistently),
/// <see cref="Stem"/> the index's stemmer of a language.
/// </summary>
public static class WordNormalizer
{
    private const int MaxCached = 200_000;
    private static readonly BoundedCache<string, string> Folded = new(MaxCached, StringComparer.Ordinal);
    private static readonly BoundedCache<string, string> GermanStems = new(MaxCached, StringComparer.Ordinal);
    private static readonly BoundedCache<string, string> EnglishStems = new(MaxCached, StringComparer.Ordinal);

    /// <summary>Lower case, umlauts and "ae/oe/ue" folded as the German index does, ß → ss, accents stripped.</summary>
    public static string Fold(string word)
    {
        if (IsAlreadyFolded(word)) return word;
        return Cached(Folded, word, LuceneWordAnalyzer.Folding);
    }

    /// <summary>The index's stem of a folded word in <paramref name="language"/> ("de": German light stemmer; otherwise English Porter).</summary>
    public static string Stem(string foldedWord, string? language) => language is LanguageDetector.German
        ? Cached(GermanStems, foldedWord, LuceneWordAnalyzer.GermanStemming)
        : Cached(EnglishStems, foldedWord, LuceneWordAnalyzer.EnglishStemming);

    /// <summary><see cref="Stem"/> of <see cref="Fold"/>: the comparison key of a word.</summary>
    public static string Key(string word, string? language) => Stem(Fold(word), language);

    private static string Cached(BoundedCache<string, string> cache, string word, LuceneWordAnalyzer analyzer)
    {
        if (cache.TryGetValue(word, out var known)) return known;
        var result = analyzer.Apply(word);
        cache.Set(word, result);
        return result;
    }

    /// <summary>
    /// Lower-case ASCII without an "ae", "oe" or "ue" that German folding would shorten: the chain would return it
    /// unchanged, so the common case skips it.
    /// </summary>
    private static bool IsAlreadyFolded(string word)
    {
        var previous = '\0';
        foreach (var c in word)
        {
            if (c > 127 || char.IsUpper(c)) return false;
            if (c == 'e' && previous is 'a' or 'o' or 'u') return false;
            previous = c;
        }
        return true;
    }
}
