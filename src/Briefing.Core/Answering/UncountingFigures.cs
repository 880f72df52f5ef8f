using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// Figures news writes about people and events that count no thing: an age ("Mikoliunas, 20,", "aged 18 to 99",
/// "Michael Diamond (44)", "the 23-year-old"), a place in an order ("the 90th minute", "17th in the Championship") and a
/// frequency ("hat sechs Mal teilgenommen", "three times"), a label ("in 3D"). "How many red cards was he shown?" over "Mikoliunas, 20,
/// barged the linesman", or "Wie viele Goldmedaillen hat er gewonnen?" over "hat schon sechs Mal an Olympischen Spielen
/// teilgenommen und mehrere Goldmedaillen gewonnen": the figure is no count of the asked things, though no noun follows it
/// (<see cref="AskedFact.CountsOtherThings"/> reads a figure with no noun after it as a count of anything).
/// </summary>
internal static partial class UncountingFigures
{
    /// <summary>Whether the figure from <paramref name="start"/> to <paramref name="end"/> of <paramref name="text"/> is an age, an English ordinal, a frequency or a label.</summary>
    public static bool At(string text, int start, int end) =>
        IsAgeAt(text, start, end) || IsOrdinalAt(text, end) || IsFrequencyAt(text, end) || IsLabelAt(text, end);

    /// <summary>"3D", "4G": digits with a capital letter written onto them name a kind of thing, not how many.</summary>
    private static bool IsLabelAt(string text, int end) => LabelLetter().IsMatch(text.AsSpan(end));

    /// <summary>
    /// "aged 18 to 99", "im Alter von 56", "Mikoliunas, 20, barged", "Diamond (44)", "the 23-year-old", "der 23-Jährige":
    /// the ways news gives an age (<see cref="AskedAge"/> reads the same ones as a stated age).
    /// </summary>
    private static bool IsAgeAt(string text, int start, int end)
    {
        var before = text.AsSpan(0, start);
        var after = text.AsSpan(end);
        return AgedBefore().IsMatch(before) || AgeWordsAfter().IsMatch(after)
               || (NameAndCommaBefore().IsMatch(before) && CommaAfter().IsMatch(after))
               || (NameAndBracketBefore().IsMatch(before) && after.StartsWith(")"));
    }

    /// <summary>"90th", "17th", "1st", "2nd", "3rd": a place in an order, written in digits.</summary>
    private static bool IsOrdinalAt(string text, int end) => OrdinalSuffix().IsMatch(text.AsSpan(end));

    /// <summary>"sechs Mal", "6-mal", "three times": how often, not how many.</summary>
    private static bool IsFrequencyAt(string text, int end) => FrequencyAfter().IsMatch(text.AsSpan(end));

    /// <summary>"aged 18 to 99" (both ends of the range), "age of 56", "im Alter von 56".</summary>
    [GeneratedRegex(@"\b(aged?|age\s+of|alter\s+von)\s+(\d{1,3}\s*(to|and|-|–|bis|und)\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AgedBefore();

    /// <summary>"23-year-old", "23 years old", "23-jährige", "23 Jahre alt".</summary>
    [GeneratedRegex(@"^([\s-]*(year|yr)s?[\s-]*old\b|-?jährig|\s+jahre\s+alt\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AgeWordsAfter();

    /// <summary>A capitalised word (a name) and a comma right before the figure: "Mikoliunas, 20,".</summary>
    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’.-]+,\s*$")]
    private static partial Regex NameAndCommaBefore();

    [GeneratedRegex(@"^\s*,")]
    private static partial Regex CommaAfter();

    /// <summary>A capitalised word (a name) and an opening bracket right before the figure: "Michael Diamond (44)".</summary>
    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’.-]+\s*\($")]
    private static partial Regex NameAndBracketBefore();

    [GeneratedRegex(@"^(st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalSuffix();

    [GeneratedRegex(@"^\p{Lu}\b")]
    private static partial Regex LabelLetter();

    [GeneratedRegex(@"^(\s*-?\s*mal\b|\s+times\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FrequencyAfter();
}
