using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// Numbers as written in German and English news ("2,40", "2.4", "1.900", "400,000") reduced to one comparable
/// form, so the same figure in both languages is recognised as the same fact.
/// </summary>
internal static partial class NumberTokens
{
    public static IEnumerable<string> In(string text) => Raw(text).Select(Normalize);

    /// <summary>The numbers of <paramref name="text"/> as written.</summary>
    public static IEnumerable<string> Raw(string text) => Located(text).Select(n => n.Written);

    /// <summary>The numbers of <paramref name="text"/> as written, with where each starts (to read the words around it).</summary>
    public static IEnumerable<(string Written, int Index)> Located(string text) =>
        Number().Matches(text).Select(m => (m.Value.TrimEnd('.', ','), m.Index));

    /// <summary>
    /// The figures of <paramref name="text"/>: first those in digits ("4", "2,5", "1.900"), then those in words of either
    /// language ("zehn", "twenty-five", "Millionen"). The one walk over a sentence's figures that the amount, measure and
    /// count checks share; each reads the words around a figure in its own way.
    /// </summary>
    public static IEnumerable<LocatedFigure> Figures(string text) =>
        Located(text).Select(n => new LocatedFigure(Normalize(n.Written), n.Written, n.Index, InWords: false))
            .Concat(Tokenizer.LetterRuns(text).Where(w => NumberWords.Is(w.Value))
                .Select(w => new LocatedFigure(NumberWords.Digits(w.Value) ?? w.Value.ToLowerInvariant(), w.Value, w.Index, InWords: true)))
            // "lediglich eine Frau", "only one woman": the article said as a count.
            .Concat(NumberWords.LoneOnes(text).Select(o => new LocatedFigure(LoneOneKey, text.Substring(o.Index, o.Length), o.Index, InWords: true)));

    /// <summary>The key of a figure one written as a word (<see cref="NumberWords.LoneOnes"/>), as a "1" in digits is keyed.</summary>
    public const string LoneOneKey = "1";

    public static string Normalize(string written)
    {
        // 1.900 / 400,000 / 1.234.567: groups of three after the first separator are thousands.
        if (Grouped().IsMatch(written)) return written.Replace(".", "").Replace(",", "");
        var value = written.Replace(',', '.');
        return decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed)
            ? parsed.ToString("0.############", CultureInfo.InvariantCulture)
            : written;
    }

    /// <summary>
    /// Where a range that starts with the figure ending at <paramref name="end"/> ends: after its second figure ("zwischen
    /// 10.000 und 50.000 Euro", "on 20 and 21 August", "10-12 days"); <paramref name="end"/> itself when none follows. The
    /// first figure of a range counts or dates what the second does, so the words after the range say what both are.
    /// </summary>
    public static int EndOfRange(string text, int end) =>
        RangeToFigure().Match(text, end) is { Success: true } range ? range.Index + range.Length : end;

    /// <remarks>
    /// Not the code of a character reference left in the text: some BBC files write "caf&amp;#233;", whose 233 is no figure
    /// of the story.
    /// </remarks>
    [GeneratedRegex(@"(?<!&#[xX]?[0-9a-fA-F]*)\d+(?:[.,]\d+)*")]
    private static partial Regex Number();

    /// <summary>
    /// The words that join a range's two figures written in words ("fünf bis zehn Minuten", "three to four hours", "zwei
    /// oder drei"). The one list for every reader of ranges: <see cref="RangeToFigure"/>, CountedWords and TimeFromNow.
    /// </summary>
    internal const string RangeJoinersInWords = "bis|oder|to|or";

    /// <summary>
    /// The words that join a range's two figures in digits: also "und"/"and", as in "zwischen 10.000 und 50.000 Euro",
    /// "on 20 and 21 August". Between figures in words they are not read as a range (CountedWords, TimeFromNow).
    /// </summary>
    internal const string RangeJoiners = "und|and|" + RangeJoinersInWords;

    [GeneratedRegex(@"\G\.?(\s+(" + RangeJoiners + @")\s+|\s*[-–]\s*)\d[\d.,]*(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex RangeToFigure();

    [GeneratedRegex(@"^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$")]
    private static partial Regex Grouped();
}

/// <summary>
/// A figure as <see cref="NumberTokens.Figures"/> finds it: <paramref name="Key"/> is how answer candidates name it (digits
/// normalised, "ten" → "10", a larger number word in lower case), so the same figure in digits and in words is one fact.
/// </summary>
internal readonly record struct LocatedFigure(string Key, string Written, int Start, bool InWords)
{
    public int End => Start + Written.Length;
}
