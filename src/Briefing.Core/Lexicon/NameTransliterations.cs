using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Core.Lexicon;

/// <summary>
/// How German and English spell the same foreign name: both transliterate Russian, Mongolian, Arabic or Persian
/// names by their own sound rules ("Temüjin" / "Temüdschin", "Yeltsin" / "Jelzin", "Shostakovich" /
/// "Schostakowitsch", "Kazakhstan" / "Kasachstan", "Qaboos" / "Qabus"). No dictionary lists most of these names; the spellings
/// this gives are only candidates, kept when the index has them.
/// </summary>
internal static class NameTransliterations
{
    /// <summary>English spelling → German spelling; each rule applies to all its occurrences or to none, longer first.</summary>
    private static readonly (string From, string To)[] ToGerman =
    [
        ("tch", "tsch"), ("kh", "ch"), ("sh", "sch"), ("ch", "tsch"), ("ts", "z"), ("ck", "k"), ("j", "dsch"), ("y", "j"), ("v", "w"),
        ("z", "s"), ("oo", "u"),
    ];

    /// <summary>German spelling → English spelling.</summary>
    private static readonly (string From, string To)[] ToEnglish =
    [
        ("dsch", "j"), ("tsch", "ch"), ("sch", "sh"), ("ch", "kh"), ("j", "y"), ("w", "v"), ("z", "ts"),
    ];

    /// <summary>At most this many rules combine on one word (2^n spellings are tried).</summary>
    private const int MaxRules = 6;

    /// <summary>The other language's likely spellings of <paramref name="name"/> (not the name itself).</summary>
    public static IReadOnlyList<string> Variants(string name, string sourceLanguage)
    {
        var variants = new List<string>();
        // English writes a name's letters without their marks ("Söderling" / "Soderling", "Jörg" / "Jorg") or spells an
        // umlaut out ("Müller" / "Mueller"); German's analysis folds both back, so only the German → English side needs them.
        if (sourceLanguage == "de")
            foreach (var spelling in new[] { WithoutMarks(name, spellOutUmlauts: false), WithoutMarks(name, spellOutUmlauts: true) })
                if (!string.Equals(spelling, name, StringComparison.Ordinal) && !variants.Contains(spelling, StringComparer.OrdinalIgnoreCase)) variants.Add(spelling);
        foreach (var variant in SpellingRuleCombinations.Of(name, sourceLanguage == "de" ? ToEnglish : ToGerman,
                     (text, rule) => text.Contains(rule.From, StringComparison.OrdinalIgnoreCase), (text, rule) => Replace(text, rule.From, rule.To), MaxRules))
            if (!string.Equals(variant, name, StringComparison.OrdinalIgnoreCase) && !variants.Contains(variant, StringComparer.OrdinalIgnoreCase))
                variants.Add(variant);
        return variants;
    }

    /// <summary>
    /// <paramref name="name"/> without diacritics ("Söderling" → "Soderling", "Hašek" → "Hasek"), German's umlauts and ß
    /// spelt out when asked ("Müller" → "Mueller", "Strauß" → "Strauss").
    /// </summary>
    private static string WithoutMarks(string name, bool spellOutUmlauts)
    {
        var text = new StringBuilder(name.Length + 2);
        foreach (var letter in name)
        {
            if (letter == 'ß') { text.Append("ss"); continue; }
            var decomposed = letter.ToString().Normalize(NormalizationForm.FormD);
            var bare = decomposed[0];
            text.Append(bare);
            if (spellOutUmlauts && decomposed.Length > 1 && decomposed[1] == '\u0308' && "aouAOU".Contains(bare)) text.Append('e');
        }
        return text.ToString();
    }

    /// <summary>Replaces every occurrence, keeping a capital first letter ("Jelzin" from "Yeltsin").</summary>
    private static string Replace(string word, string from, string to)
    {
        var replaced = Regex.Replace(word, Regex.Escape(from), to, RegexOptions.IgnoreCase);
        return char.IsUpper(word[0]) && replaced.Length > 0 ? char.ToUpperInvariant(replaced[0]) + replaced[1..] : replaced;
    }
}
