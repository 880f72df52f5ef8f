using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Lexicon;

/// <summary>
/// Reads the translations out of one FreeDict definition: the line after the headword line lists them,
/// comma-separated, decorated with grammar tags (&lt;masc&gt;), labels ([Am.]), notes in parentheses and
/// pronunciations (/…/). Notes, examples, synonyms and cross references below it are not translations.
/// </summary>
internal static partial class FreeDictDefinition
{
    private const int MaxWordsPerTranslation = 3;

    public static IReadOnlyList<string> Translations(string definition)
    {
        var lines = definition.Split('\n');
        if (lines.Length < 2) return [];
        // "Funk-LAN <neut> [comp.] WLAN": an abbreviation of four letters or more right after a term's tags is the term's
        // short form, a translation of its own ("Funk-LAN WLAN" matched no text, so "wifi" never reached "WLAN"). Shorter
        // capitals there are country and plate codes (below).
        var line = Decorations().Replace(ShortFormAfterTags().Replace(lines[1], "$1, $2"), " ");
        // "European Central Bank /…/ (ECB /…/)": the headword is a name with an abbreviation.
        var abbreviations = HeadwordAbbreviation().Matches(lines[0]).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var raw in line.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var words = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !Placeholders().IsMatch(w))
                .ToList();
            // "Kenia <neut> [geogr.] KE": a country's or city's name is followed by its code, which is no part of it.
            var codes = new List<string>();
            while (words.Count > 1 && Code().IsMatch(words[^1]))
            {
                codes.Add(words[^1]);
                words.RemoveAt(words.Count - 1);
            }
            // "britisch <adj>brit., /bɹˈɪt/": the abbreviation after the tag is no part of the word ("britisch brit"
            // matched no German text, so "British" and "German" went untranslated).
            while (words.Count > 1 && words[^1].EndsWith('.') && !words[0].EndsWith('.')) words.RemoveAt(words.Count - 1);
            // ... or glued to it where the tag is missing: "monatlichmtl.", "insbesondereinsb." ("monthly" matched no article).
            if (words.Count > 0 && WithoutGluedAbbreviation(words[^1]) is { } unglued) words[^1] = unglued;
            var translation = words.Count is 0 or > MaxWordsPerTranslation ? "" : string.Join(' ', words).Trim('.', '-', ' ');
            if (translation.Length > 1 && !result.Contains(translation, StringComparer.OrdinalIgnoreCase)) result.Add(translation);
            // A relational adjective the other language has no adjective for is listed as a phrase around its noun:
            // "Crimean" → "die Krim betreffend", "hepatic" → "die Leber betreffend", "kärntner" → "of Carinthia". The
            // noun is how the other language writes it, in a compound ("Krim-Kongo-Fieber", "Leberzellen") or alone.
            if (RelationalPhrase().Match(translation) is { Success: true } relational && !result.Contains(relational.Groups["noun"].Value, StringComparer.OrdinalIgnoreCase))
                result.Add(relational.Groups["noun"].Value);
            // ... and the translation's own abbreviation after it ("Europäische Zentralbank EZB", "die Vereinten Nationen
            // UNO") is how the other language's articles name it: ECB is EZB, UN is UNO. A code equal to the headword's
            // ("Greece (GR)" → "Griechenland GR") is a country code, written alike in both languages.
            if (abbreviations.Count == 0) continue;
            foreach (var code in codes.Where(c => c.Length >= 2 && !abbreviations.Contains(c)))
                if (!result.Contains(code, StringComparer.Ordinal)) result.Add(code);
        }
        return result;
    }

    /// <summary>
    /// The headword as the definition's first line writes it ("Euro /ˈɔøroː/ &lt;masc, n, sg&gt;" → "Euro"): the index
    /// lower-cases every headword, so only here does the dictionary say whether its language capitalises the word.
    /// </summary>
    public static string WrittenHeadword(string definition)
    {
        var newline = definition.IndexOf('\n');
        var first = newline < 0 ? definition : definition[..newline];
        return string.Join(' ', Decorations().Replace(first, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// The words of the headword's own language that the definition lists as its synonyms ("Synonyms: {Einbruchsdiebstahl},
    /// {Einbruch}, {Bruch}" under "Einbrüche"; "Synonym: {inquiries}" under "enquiries"): the dictionary's thesaurus, which
    /// the translation line does not give. Single words and short phrases; a placeholder ("Interrogativ…") or a note in
    /// parentheses is no word an article writes.
    /// </summary>
    public static IReadOnlyList<string> Synonyms(string definition)
    {
        var result = new List<string>();
        foreach (var line in definition.Split('\n'))
        {
            if (SynonymLine().Match(line) is not { Success: true } listed) continue;
            foreach (Match synonym in Braced().Matches(listed.Groups["list"].Value))
            {
                var text = synonym.Groups[1].Value.Trim();
                if (text.Length > 1 && text.Split(' ').Length <= MaxWordsPerTranslation && !text.Contains('…') && text.IndexOfAny(['(', '[', '|', '\t']) < 0
                    && !result.Contains(text, StringComparer.OrdinalIgnoreCase))
                    result.Add(text);
            }
        }
        return result;
    }

    [GeneratedRegex(@"^\s*Synonyms?:\s*(?<list>.*)$")]
    private static partial Regex SynonymLine();

    [GeneratedRegex(@"\{([^}]*)\}")]
    private static partial Regex Braced();

    /// <summary>
    /// A word with its own abbreviation glued on ("monatlichmtl." → "monatlich", "circaca." → "circa"): the dotted end
    /// is two to five letters that begin as the word does and occur in it in order. Null when there is none.
    /// </summary>
    private static string? WithoutGluedAbbreviation(string word)
    {
        if (!word.EndsWith('.')) return null;
        var letters = word[..^1];
        for (var length = MinGluedAbbreviation; length <= MaxGluedAbbreviation; length++)
        {
            if (letters.Length < length + MinGluedWord) break;
            var (stem, abbreviation) = (letters[..^length], letters[^length..]);
            if (stem.All(char.IsLetter) && IsAbbreviationOf(abbreviation, stem)) return stem;
        }
        return null;
    }

    private const int MinGluedAbbreviation = 2;
    private const int MaxGluedAbbreviation = 5;
    private const int MinGluedWord = 4;

    private static bool IsAbbreviationOf(string abbreviation, string word)
    {
        var (letters, full) = (abbreviation.ToLowerInvariant(), word.ToLowerInvariant());
        if (letters[0] != full[0]) return false;
        var at = 1;
        for (var i = 1; i < letters.Length; i++)
        {
            var found = full.IndexOf(letters[i], at);
            if (found < 0) return false;
            at = found + 1;
        }
        return true;
    }

    [GeneratedRegex(@"^(?:(?:(?:" + GermanFunctionWords.DefiniteArticleAlternation + @") )?(?<noun>\p{Lu}[\p{L}\-]+) betreffend|of (?:the )?(?<noun>\p{Lu}[\p{L}\-]+))$")]
    private static partial Regex RelationalPhrase();

    /// <summary>A licence-plate or country code after a name ("KE", "IT", "GB").</summary>
    [GeneratedRegex(@"^\p{Lu}{1,3}$")]
    private static partial Regex Code();

    [GeneratedRegex(@"(<[^>]*>(?:\s*\[[^\]]*\])*\s*)(\p{Lu}{4,8})(?=\s*(?:[,;]|$))")]
    private static partial Regex ShortFormAfterTags();

    /// <summary>An abbreviation in parentheses on the headword line, with its pronunciation: "(ECB /ˈɛkb/)".</summary>
    [GeneratedRegex(@"\((\p{Lu}{2,6})\s+/")]
    private static partial Regex HeadwordAbbreviation();

    [GeneratedRegex(@"<[^>]*>|\[[^\]]*\]|\([^)]*\)|\{[^}]*\}|/[^/]*/")]
    private static partial Regex Decorations();

    /// <summary>"etw.", "jdn.", "sth.", "sb." stand for an object, not a word to search for.</summary>
    [GeneratedRegex(@"^(etw|jdn|jdm|jds|jd|sth|sb|sb's|so|o\.s|e-e|e-m|e-n|e-r|e-s)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholders();
}
