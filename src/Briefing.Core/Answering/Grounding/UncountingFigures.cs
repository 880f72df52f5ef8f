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
    /// <summary>Whether the figure from <paramref name="start"/> to <paramref name="end"/> of <paramref name="text"/> is an age (<see cref="AskedAge.IsAgeAt"/>), an English ordinal, a frequency or a label.</summary>
    public static bool At(string text, int start, int end) =>
        AskedAge.IsAgeAt(text, start, end) || IsOrdinalAt(text, end) || IsFrequencyAt(text, end) || IsLabelAt(text, end);

    /// <summary>"3D", "4G": digits with a capital letter written onto them name a kind of thing, not how many.</summary>
    private static bool IsLabelAt(string text, int end) => LabelLetter().IsMatch(text.AsSpan(end));

    /// <summary>"90th", "17th", "1st", "2nd", "3rd": a place in an order, written in digits.</summary>
    public static bool IsOrdinalAt(string text, int end) => OrdinalSuffix().IsMatch(text.AsSpan(end));

    /// <summary>"sechs Mal", "6-mal", "three times": how often, not how many.</summary>
    private static bool IsFrequencyAt(string text, int end) => FrequencyAfter().IsMatch(text.AsSpan(end));

    [GeneratedRegex(@"^(st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalSuffix();

    [GeneratedRegex(@"^\p{Lu}\b")]
    private static partial Regex LabelLetter();

    [GeneratedRegex(@"^(\s*-?\s*mal\b|\s+times\b)", RegexOptions.IgnoreCase)]
    private static partial Regex FrequencyAfter();
}
