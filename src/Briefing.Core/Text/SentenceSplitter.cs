using System.Collections.Frozen;

namespace Briefing.Core.Text;

/// <summary>
/// Splits running text into sentences, keeping each sentence verbatim (so it can be quoted).
/// A period is not a sentence end after a known abbreviation ("z. B.", "Dr.", "Nr.", "Mr."), after an
/// ordinal number before a month or lower-case word ("15. Juli"), after a single initial ("J. Smith"),
/// or when the next word starts in lower case.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
    [
        // German
        "z", "b", "dr", "nr", "prof", "bzw", "ca", "usw", "vgl", "etc", "evtl", "ggf", "inkl", "st", "str", "mio",
        "mrd", "hr", "fr", "abs", "art", "bspw", "d", "h", "u", "a", "o", "s", "ä", "sog", "jh", "jhd", "geb", "gest",
        "tel", "min", "max", "zb", "dh", "ua", "uvm", "bzgl", "rd", "chr", "v", "n", "gem", "lt", "dipl", "ing",
        // English
        "mr", "mrs", "ms", "jr", "sr", "vs", "inc", "ltd", "co", "corp", "gen", "gov", "sen", "rep", "col", "lt",
        "sgt", "capt", "mt", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "approx", "dept", "est", "fig", "e", "g", "i", "al", "us", "uk",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
    [
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november", "dezember", "jahrhundert", "jahrhunderts", "mal", "platz", "stock", "klasse", "runde", "spieltag",
    ], StringComparer.OrdinalIgnoreCase);

    private const string ClosingPunctuation = "\"'”“»«’‘)]";

    /// <summary>Line breaks are hard sentence ends: they separate paragraphs, headings and author lines.</summary>
    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        if (!text.Contains('\n')) return SplitLine(text);
        return text.Split('\n').SelectMany(SplitLine).ToList();
    }

    private static IReadOnlyList<string> SplitLine(string text)
    {
        var sentences = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return sentences;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…')) continue;
            var end = i + 1;
            while (end < text.Length && (text[end] is '.' or '!' or '?' or '…' || ClosingPunctuation.Contains(text[end]))) end++;
            if (end < text.Length && !char.IsWhiteSpace(text[end])) continue;
            var next = SkipSpaces(text, end);
            if (next >= text.Length)
            {
                break;
            }
            if (c == '.' && !IsSentenceEndAfterPeriod(text, start, i, next)) continue;
            Add(sentences, text[start..end]);
            start = next;
            i = next - 1;
        }
        if (start < text.Length) Add(sentences, text[start..]);
        return sentences;
    }

    private static bool IsSentenceEndAfterPeriod(string text, int sentenceStart, int period, int next)
    {
        var nextChar = text[next];
        if (char.IsLower(nextChar) || nextChar is ',' or ';' or ':' or '-' or '–') return false;
        var wordStart = period;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '„' or '"')) wordStart--;
        var word = text[wordStart..period];
        if (word.Length == 0) return true;
        var lastPart = word.Contains('.') ? word[(word.LastIndexOf('.') + 1)..] : word;
        if (lastPart.Length == 1 && char.IsLetter(lastPart[0])) return false; // initial, "z. B.", "U.S."
        if (Abbreviations.Contains(lastPart)) return false;
        if (lastPart.All(char.IsDigit) && lastPart.Length <= 2)
        {
            var nextWord = ReadWord(text, next);
            // "15. Juli", "3. Platz": an ordinal, not an end
            if (Months.Contains(nextWord) || nextWord.All(char.IsDigit)) return false;
        }
        return true;
    }

    private static string ReadWord(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
        return text[at..end];
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
        return at;
    }

    private static void Add(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0) sentences.Add(trimmed);
    }
}
