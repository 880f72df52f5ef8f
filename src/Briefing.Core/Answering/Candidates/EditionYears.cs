using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// A year written as part of a name: the edition of an event, a plan or a product ("Euro 2004", "WM 2006", "Olympia 2012",
/// "Expo 2000", "the 2005 Budget", "the 2004 Olympics"). It says which of a recurring thing the report speaks of, not
/// when the report's facts happened: a lede naming "Sport Interactive's Euro 2004 coverage" in a report on awards of the
/// next year does not date every sentence of it 2004, and "Who won the Tour de France in 2004?" was answered by its
/// nominees.
/// </summary>
internal static partial class EditionYears
{
    /// <summary>The name word the year <paramref name="year"/> of <paramref name="text"/> is written with ("Euro", "Kestrel"), or null when it dates.</summary>
    /// <remarks>
    /// German capitalises every noun ("Bilanz 2013", "Saison 2016/17", "Jahresbeginn 2016" date the figures beside them),
    /// so there the word before must be an acronym or a word the name detector reads as a name; in English a capitalised
    /// word inside the sentence is one. Months and seasons ("March 2004", "Spring 2005") date, and a sentence's first
    /// word is capitalised whatever it is ("In 2004 ..."). So do the nouns and adjectives of a period, which English
    /// titles capitalise as every other word: "Apple Reports Record Fiscal 2004 Results", "Review Of The Year 2004".
    /// </remarks>
    public static string? NameOf(string text, Group year, string language, NameDetector names)
    {
        if (NameBefore().Match(text[..year.Index]) is { Success: true } before)
        {
            var word = before.Groups["word"];
            if (DatesAsPeriod(word.Value) || FunctionWords.IsFunctionWord(word.Value)) return null;
            if (Token.IsAcronymWord(word.Value)) return word.Value;
            if (SentenceInitial(text, word.Index)) return null;
            return language == "en" || names.Positions(text, language).Any(p => p.Index == word.Index) ? word.Value : null;
        }
        // "the 2005 Budget", "the 2004 Olympics": English writes the edition before the name, after an article.
        return language == "en" && ArticleBefore().IsMatch(text[..year.Index]) && CapitalisedAfter().Match(text, year.Index + year.Length) is { Success: true } after
               && !DatesAsPeriod(after.Groups["word"].Value) ? after.Groups["word"].Value : null;
    }

    /// <summary>A date word ("March", "Spring"), a noun of time ("Year", "Month") or a word of a business or sports period ("Fiscal", "Quarter").</summary>
    private static bool DatesAsPeriod(string word) => DateWords.Contains(word) || DateWords.IsTimeNoun(word) || PeriodWords.Contains(word);

    /// <summary>Words that name which period a year is ("fiscal 2004", "the 2004 season", "the first half 2005"), not what it is an edition of.</summary>
    private static readonly FrozenSet<string> PeriodWords = FrozenSet.ToFrozenSet(
        ["fiscal", "financial", "calendar", "academic", "season", "seasons", "quarter", "quarters", "half", "halves"], StringComparer.OrdinalIgnoreCase);

    private static bool SentenceInitial(string text, int index) => SentenceOpening().IsMatch(text[..index]);

    /// <remarks>Letters only: "Q4 2004", "H1 2005" are quarters and halves, which date.</remarks>
    [GeneratedRegex(@"(?<![\p{L}\d])(?<word>\p{Lu}[\p{L}-]*)\s+$")]
    private static partial Regex NameBefore();

    [GeneratedRegex(@"(^|[.!?:;""„“«»(]\s*)$")]
    private static partial Regex SentenceOpening();

    [GeneratedRegex(@"\b(the|a|an)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleBefore();

    [GeneratedRegex(@"\G\s+(?<word>\p{Lu}\p{Ll}+)")]
    private static partial Regex CapitalisedAfter();
}
