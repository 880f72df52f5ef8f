namespace Briefing.Core.Lexicon;

/// <summary>
/// A German superlative or comparative translated through its positive form: the dictionary lists "größte" only as
/// major/most, but "groß" as big, large, great, so "das größte der gestoppten Projekte" reaches "The biggest single project
/// to be halted" by "groß" → "big" → "biggest". The other language's graded forms are kept only where its dictionary
/// lists them as words ("biggest", "largest"), which no rule of thumb about spelling could promise.
/// </summary>
internal static class GradedAdjectives
{
    public enum Degree { Comparative, Superlative }

    /// <summary>
    /// The listed positive form of the German <paramref name="word"/> and its degree ("größte" → groß, superlative;
    /// "älteren" → alt, comparative; "wichtigsten" → wichtig), or null when the word is no graded form of a listed adjective.
    /// </summary>
    public static (string Positive, Degree Degree)? PositiveOf(CompiledLexicon german, string word)
    {
        if (word.Length < MinWord || !char.IsLower(word[0]) || !word.All(char.IsLetter)) return null;
        foreach (var (suffix, degree) in Suffixes)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = word[..^suffix.Length];
            // "größte": the superlative's s merges with a stem ending in a sibilant (groß-t-e, heiß-est-e).
            if (suffix.StartsWith('t') && stem.Length > 0 && stem[^1] is not ('ß' or 's' or 'z' or 'x')) continue;
            foreach (var positive in Positives(stem))
                if (positive.Length >= MinPositive && german.Translations(positive).Count > 0) return (positive, degree);
        }
        return null;
    }

    /// <summary>The English forms of <paramref name="degree"/> of the English <paramref name="positive"/> that <paramref name="english"/> lists ("big" → biggest).</summary>
    public static IEnumerable<string> EnglishForms(CompiledLexicon english, string positive, Degree degree)
    {
        if (positive.Length < 2 || !positive.All(char.IsLetter) || !positive.All(char.IsLower)) yield break;
        var ending = degree == Degree.Superlative ? "est" : "er";
        var forms = new List<string>();
        if (positive.EndsWith('e')) forms.Add(positive + ending[1..]);
        else if (positive.EndsWith('y') && positive.Length > 2 && !IsVowel(positive[^2])) forms.Add(positive[..^1] + "i" + ending);
        else
        {
            forms.Add(positive + ending);
            // "big" → "biggest", "hot" → "hotter": one short vowel before one final consonant doubles it.
            if (positive.Length <= 4 && !IsVowel(positive[^1]) && IsVowel(positive[^2]) && (positive.Length < 3 || !IsVowel(positive[^3])) && positive[^1] is not ('w' or 'x' or 'y'))
                forms.Add(positive + positive[^1] + ending);
        }
        foreach (var form in forms)
            if (english.Translations(form).Count > 0) yield return form;
    }

    /// <summary>Superlative endings before comparative ones, the longest first: "-sten" is read before "-en" could be.</summary>
    private static readonly (string Suffix, Degree Degree)[] Suffixes =
    [
        ("esten", Degree.Superlative), ("ester", Degree.Superlative), ("estes", Degree.Superlative), ("estem", Degree.Superlative), ("este", Degree.Superlative),
        ("sten", Degree.Superlative), ("ster", Degree.Superlative), ("stes", Degree.Superlative), ("stem", Degree.Superlative), ("ste", Degree.Superlative),
        ("ten", Degree.Superlative), ("ter", Degree.Superlative), ("tes", Degree.Superlative), ("tem", Degree.Superlative), ("te", Degree.Superlative),
        ("eren", Degree.Comparative), ("erer", Degree.Comparative), ("eres", Degree.Comparative), ("erem", Degree.Comparative), ("ere", Degree.Comparative),
        ("er", Degree.Comparative),
    ];

    /// <summary>The stem as written, then without the umlaut German puts on graded forms ("größ" → groß, "ält" → alt).</summary>
    private static IEnumerable<string> Positives(string stem)
    {
        yield return stem;
        var plain = stem.Replace('ä', 'a').Replace('ö', 'o').Replace('ü', 'u');
        if (plain != stem) yield return plain;
    }

    private const int MinWord = 5;
    private const int MinPositive = 3;

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
