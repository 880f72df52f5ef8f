using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// Units of physical measure — weight, volume, length, area, energy, data — in German and English, also as a compound's
/// last part ("Quadratmeter", "Kilowattstunden", "gigabytes"). A figure written with one measures a quantity of stuff
/// ("87 Liter pro Quadratmeter", "984.000 Hektar", "7.5 million tonnes", "sieben Kilogramm"), which is what a "how much"
/// question about a mass noun asks ("How much rain fell?", "Wie viel Zement …?"); the noun itself the report often leaves out.
/// </summary>
internal static partial class MeasureUnits
{
    /// <summary>The units as an alternation of whole words (no currencies, shares or counts: they measure no stuff).</summary>
    public const string Physical = @"kilos?|tonnes?|tonnen|tons?|barrels?|fass|litres?|liters?|liter|gallons?"
        + @"|\p{L}*(meter|metern|metres?|meters|gramm|grams?|watt|watts|wattstunden|bytes?|byte)|km|kg|mw|kwh|gw|gwh|twh|kb|mb|gb|tb"
        + @"|hektar|hectares?|acres?|miles?|meilen|feet|foot|fuß|inches|zoll|knoten|knots|grad|degrees?|teraflops|kalorien|calories";

    /// <summary>
    /// Whether <paramref name="text"/> writes a figure, in digits or words, with a unit of physical measure, of the asked
    /// stuff: "81 Milligramm Aspirin" measures aspirin, not the weight someone lost, when <paramref name="isAskedStuff"/>
    /// does not take the noun the unit is "of" ("Hektar Wald", "tonnes of LPG", "MB an Datenvolumen"). A unit with no such
    /// noun after it ("87 Liter pro Quadratmeter") measures what the sentence is about.
    /// </summary>
    public static bool IsStatedIn(string text, Func<string, bool> isAskedStuff)
    {
        foreach (var (written, index) in NumberTokens.Located(text))
            if (MeasuresAsked(text, NumberTokens.EndOfRange(text, index + written.Length), isAskedStuff)) return true;
        foreach (Match word in Tokenizer.LetterRuns(text))
            if (NumberWords.Is(word.Value) && MeasuresAsked(text, word.Index + word.Length, isAskedStuff)) return true;
        return false;
    }

    private static bool MeasuresAsked(string text, int end, Func<string, bool> isAskedStuff)
    {
        var unit = UnitAfter().Match(text, end);
        if (!unit.Success) return false;
        var stuff = StuffAfter().Match(text, unit.Index + unit.Length);
        return !stuff.Success || isAskedStuff(stuff.Groups["stuff"].Value);
    }

    /// <summary>The noun a unit measures: "Tonnen Zement", "MB an Datenvolumen", "tonnes of liquefied gas" (its first word).</summary>
    [GeneratedRegex(@"\G\s+((?i:of|an)\s+(?<stuff>\p{L}[\p{L}\-]*)|(?<stuff>\p{Lu}[\p{L}\-]*))")]
    private static partial Regex StuffAfter();

    /// <summary>
    /// Right after a figure: the second figure of a range in words ("drei bis vier"), a scale ("7.5 million", "18,2
    /// Millionen") and the unit ("tonnes", "-Tonnen-", "MB").
    /// </summary>
    [GeneratedRegex(@"\G(\s+(bis|to|und|and|oder|or)\s+\p{L}+)?(\s+(millionen|milliarden|mio\.?|mrd\.?|million|billion|thousand|tausend)|m|bn)?[\s\-]*(" + Physical + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnitAfter();
}
