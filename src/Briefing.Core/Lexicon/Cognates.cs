using System.Text.RegularExpressions;

namespace Briefing.Core.Lexicon;

/// <summary>
/// How German and English spell the same Latin or Greek loanword: both borrowed it and each wrote it by its own
/// rules ("Solidarität" / "solidarity", "Strategie" / "strategy", "Kommission" / "commission", "Präsident" /
/// "president", "elektronisch" / "electronic", "Kabinett" / "cabinet"). FreeDict lacks many inflected or rarer
/// ones; the spellings this gives are only candidates, kept by the caller when the index has them (as
/// <see cref="NameTransliterations"/> does for names).
/// </summary>
/// <remarks>
/// Only long words: a short one shares its letters with an unrelated word of the other language ("Rat" / "rat",
/// "Art" / "art", "Gift" / "gift"); at <see cref="MinLength"/> letters a shared spelling is a shared origin.
/// </remarks>
internal static class Cognates
{
    /// <summary>The fewest letters of a word and of each spelling given for it.</summary>
    public const int MinLength = 6;

    /// <summary>At most this many letter rules combine on one word (2^n spellings per ending).</summary>
    private const int MaxRules = 4;

    /// <summary>German ending → English endings, the first matching (longest) one only.</summary>
    private static readonly (string From, string[] To)[] GermanEndings =
    [
        ("ismus", ["ism"]), ("ität", ["ity"]), ("isch", ["ic", "ical", "ish"]), ("ell", ["al"]), ("ie", ["y"]),
        ("ik", ["ic", "ics"]), ("ur", ["ure"]), ("iv", ["ive"]), ("ös", ["ous"]),
    ];

    /// <summary>English ending → German endings.</summary>
    private static readonly (string From, string[] To)[] EnglishEndings =
    [
        ("ism", ["ismus"]), ("ity", ["ität"]), ("ical", ["isch"]), ("ics", ["ik"]), ("ic", ["ik", "isch"]), ("ish", ["isch"]),
        ("al", ["ell"]), ("y", ["ie"]), ("ure", ["ur"]), ("ive", ["iv"]), ("ous", ["ös"]), ("e", [""]),
    ];

    /// <summary>German letters → English ones: Latin "c" German writes "k" or "z", Greek "e" it writes "ä" ("Präsident").</summary>
    private static readonly (Regex From, string To)[] GermanLetters =
    [
        (new Regex("(?<!c)k"), "c"), (new Regex("z"), "c"), (new Regex("sch"), "sh"), (new Regex("tt$"), "t"),
        (new Regex("ä"), "e"), (new Regex("ö"), "e"),
    ];

    /// <summary>
    /// English letters → German ones: "c" before e, i, y is "z" ("Medizin", "Zentrum"), otherwise "k". Not "e" → "ä":
    /// which "e" German writes "ä" no letter rule tells, and guessing gave junk ("späzies").
    /// </summary>
    private static readonly (Regex From, string To)[] EnglishLetters =
    [
        (new Regex("c(?=[eiy])"), "z"), (new Regex("c(?![eiyhk])"), "k"), (new Regex("sh"), "sch"), (new Regex("(?<=[aeiou])t$"), "tt"),
    ];

    /// <summary>The other language's likely spellings of <paramref name="word"/> (lower case, not the word itself).</summary>
    public static IReadOnlyList<string> Spellings(string word, string sourceLanguage)
    {
        var german = sourceLanguage == "de";
        var lower = word.ToLowerInvariant();
        if (lower.Length < MinLength || !lower.All(char.IsLetter)) return [];
        var spellings = new List<string>();
        foreach (var form in WordForms.Candidates(lower, sourceLanguage).Where(f => f.Length >= MinLength - 1).Distinct())
            foreach (var ending in WithEndings(form, german ? GermanEndings : EnglishEndings))
                foreach (var respelt in SpellingRuleCombinations.Of(ending, german ? GermanLetters : EnglishLetters,
                             (text, rule) => rule.From.IsMatch(text), (text, rule) => rule.From.Replace(text, rule.To), MaxRules))
                {
                    // English writes no umlauts or ß; German's analysis folds them itself.
                    var spelling = german ? respelt.Replace("ä", "a").Replace("ö", "o").Replace("ü", "u").Replace("ß", "ss") : respelt;
                    if (spelling.Length >= MinLength && spelling != lower && !spellings.Contains(spelling)) spellings.Add(spelling);
                }
        return spellings;
    }

    /// <summary>The form with its loanword ending in the other language's spelling, or as it stands when it has none.</summary>
    private static IEnumerable<string> WithEndings(string form, (string From, string[] To)[] endings)
    {
        foreach (var (from, to) in endings)
        {
            if (!form.EndsWith(from, StringComparison.Ordinal) || form.Length - from.Length < MinLength - 2) continue;
            foreach (var replacement in to) yield return form[..^from.Length] + replacement;
            yield break;
        }
        yield return form;
    }
}
