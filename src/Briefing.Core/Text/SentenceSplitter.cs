using System.Collections.Frozen;

namespace Briefing.Core.Text;

/// <summary>
/// Splits running text into sentences, keeping each sentence verbatim (so it can be quoted).
/// A period is not a sentence end after a known abbreviation ("z. B.", "Dr.", "Nr.", "Mr."; "No. 10" only
/// before a number), after an ordinal number before a month, a number or a noun ("15. Juli", "2. Weltkrieg"),
/// after a single initial ("J. Smith", "U.S."), or when the next word starts in lower case.
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
        "sgt", "capt", "mt", "approx", "dept", "est", "e", "g", "i", "al", .. MonthNames.EnglishShort,
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Abbreviations that are also ordinary words ("no", "art"), so only when a number follows: "No. 10", "Art. 5".</summary>
    private static readonly FrozenSet<string> AbbreviationsBeforeNumber = FrozenSet.ToFrozenSet(
        ["no", "art", "abs", "vol", "fig", "p", "pp", "op", "nos"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that typically open a sentence. After "12." one of these means the number ended the sentence;
    /// any other capitalised word means an ordinal ("2. Weltkrieg", "3. Liga"), since German capitalises nouns.
    /// </summary>
    private static readonly FrozenSet<string> SentenceStarters = FrozenSet.ToFrozenSet(
    [
        .. GermanFunctionWords.DefiniteArticles, .. GermanFunctionWords.SubjectPronouns, .. EnglishFunctionWords.DefiniteArticles,
        .. EnglishFunctionWords.IndefiniteArticles, .. EnglishFunctionWords.SubjectPronouns, .. EnglishFunctionWords.ThirdPersonPossessives,
        "ein", "eine", "einen", "einem", "es", "wir", "ich",
        "man", "dies", "diese", "dieser", "dieses", "auch", "aber", "doch", "und", "oder", "denn", "dann", "danach",
        "damit", "so", "nach", "in", "im", "am", "an", "auf", "aus", "bei", "mit", "von", "vor", "seit", "bis",
        "für", "um", "als", "wenn", "weil", "da", "nun", "jetzt", "heute", "laut", "trotz", "während", "wie",
        "was", "wer", "wo", "wann", "warum", "zudem", "außerdem", "insgesamt", "zuletzt", "zuvor", "dazu", "dabei",
        "deshalb", "darauf", "daher", "dagegen", "allerdings", "bisher", "bislang", "zwar", "somit",
        "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "then",
        "but", "and", "or", "on", "at", "for", "with", "after", "before", "by", "from", "when", "while",
        "however", "meanwhile", "our", "analysts", "officials", "police",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>What a German ordinal counts: a month ("15. Juli") or a place, round or time ("3. Platz", "2. Mal").</summary>
    private static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
    [
        .. MonthNames.German, "jahrhundert", "jahrhunderts", "mal", "platz", "stock", "klasse", "runde", "spieltag",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>English dates put the day after the month ("November 28."): a number there ends a sentence.</summary>
    private static readonly FrozenSet<string> EnglishMonths = FrozenSet.ToFrozenSet(
        [.. MonthNames.English, .. MonthNames.EnglishShort], StringComparer.OrdinalIgnoreCase);

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
        var nextWord = ReadWord(text, next);
        if (AbbreviationsBeforeNumber.Contains(lastPart) && nextWord.Length > 0 && nextWord.All(char.IsDigit)) return false;
        if (lastPart.All(char.IsDigit) && lastPart.Length <= 2)
        {
            if (EnglishMonths.Contains(PreviousWord(text, sentenceStart, wordStart))) return true;
            // "15. Juli", "3. Platz", "2. Weltkrieg": an ordinal, not an end
            if (Months.Contains(nextWord) || nextWord.All(char.IsDigit)) return false;
            if (nextWord.Length > 0 && char.IsUpper(nextWord[0]) && !SentenceStarters.Contains(nextWord)) return false;
        }
        return true;
    }

    private static string PreviousWord(string text, int sentenceStart, int wordStart)
    {
        var end = wordStart;
        while (end > sentenceStart && !char.IsLetterOrDigit(text[end - 1])) end--;
        var start = end;
        while (start > sentenceStart && char.IsLetter(text[start - 1])) start--;
        return text[start..end];
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
