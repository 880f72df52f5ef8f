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
    public static bool IsStatedIn(string text, Func<string, bool> isAskedStuff) =>
        AnyFigureFollowedBy(text, end => MeasuresAsked(text, end, isAskedStuff));

    /// <summary>
    /// Whether <paramref name="text"/> writes a figure with a unit of physical measure and, right after the unit, a noun
    /// <paramref name="isCounted"/> takes: "12,5 Gigabyte an Daten" for "Wie viele Daten …?", "30 Tonnen Kartoffeln" for
    /// "How many potatoes …?". A count asked of what is sold or moved by weight or volume is given in its unit, and the
    /// noun after the unit says the figure measures the asked thing; a unit with no noun after it says nothing of what.
    /// </summary>
    public static bool MeasuresNamed(string text, Func<string, bool> isCounted) =>
        AnyFigureFollowedBy(text, end => UnitAfter().Match(text, end) is { Success: true } unit
            && StuffAfter().Match(text, unit.Index + unit.Length) is { Success: true } stuff && isCounted(stuff.Groups["stuff"].Value));

    /// <summary>
    /// Whether some figure of <paramref name="text"/>, in digits (after a range's second figure) or in words, is followed
    /// by what <paramref name="unitAt"/> reads at the figure's end: the one walk over a sentence's figures the unit checks share.
    /// </summary>
    private static bool AnyFigureFollowedBy(string text, Func<int, bool> unitAt) =>
        NumberTokens.Figures(text).Any(figure => unitAt(figure.InWords ? figure.End : NumberTokens.EndOfRange(text, figure.End)));

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
    /// The family of units "wie / how + a gradable adjective" asks a figure in ("Wie betrunken war der Fahrer?" → Promille,
    /// "How heavy is the satellite?" → kilograms or tonnes, "Wie lang ist der Zaun?" → Kilometer): read as a bare figure,
    /// any number of the article on the topic answered ("Hunderte Menschen" for the fence's length, the victim's age for
    /// the driver's blood alcohol), and the sentence with the figure, sharing no word with the question, was never among
    /// the candidates. Null when the question asks no such measure. Adjectives whose measure has a reader of its own are
    /// left to it: "wie alt" (<see cref="AskedAge"/>), "wie schnell" (<see cref="AskedSpeed"/>), "wie teuer" (a sum of
    /// money, <see cref="AskedUnit"/>); "wie hoch", "wie groß", "how big" also ask sums, shares and counts.
    /// </summary>
    public static string? FamilyAskedBy(string question) =>
        GradableAdjective().Match(question) is { Success: true } asked ? FamilyUnits.Keys.First(f => asked.Groups[f].Success) : null;

    /// <summary>The adjective that asks a measure (<see cref="FamilyAskedBy"/>), as the question writes it.</summary>
    public static string? AdjectiveAskedBy(string question) =>
        GradableAdjective().Match(question) is { Success: true } asked ? asked.Groups["adjective"].Value : null;

    /// <summary>Whether <paramref name="text"/> writes a figure, in digits or words, with a unit of <paramref name="family"/>.</summary>
    public static bool IsStatedIn(string text, string family)
    {
        var units = FamilyUnits[family];
        // A length asked of a ban, a contract or a race is a time ("zwei Jahre", "3 Tagen 14 Stunden").
        return AnyFigureFollowedBy(text, end => units.IsMatch(text, end) || (family == "length" && TimeUnitAt(text, end)));
    }

    /// <summary>
    /// Whether a unit of length or of text ("Meter", "km", "pages", "Zeichen") follows at <paramref name="end"/>, a figure's
    /// end; not a time, which <see cref="IsStatedIn(string, string)"/> also takes for a length.
    /// </summary>
    public static bool LengthUnitAt(string text, int end) => FamilyUnits["length"].IsMatch(text, end);

    /// <summary>Whether <paramref name="text"/> writes a figure, in digits or words, with a unit of time ("23 Sekunden", "zwei Jahre").</summary>
    public static bool StatesDuration(string text) => AnyFigureFollowedBy(text, end => TimeUnitAt(text, end));

    private static bool TimeUnitAt(string text, int end) =>
        TimeUnitAfter().Match(text, end) is { Success: true } time && DateWords.IsUnit(time.Groups["unit"].Value);

    [GeneratedRegex(@"\G[\s\-]*(?<unit>\p{L}+)")]
    private static partial Regex TimeUnitAfter();

    /// <remarks>
    /// "Wie schwer wurde er verletzt?" asks how badly, "Wie tief ist der Kurs gefallen?" a change, "Wie laut Polizei …"
    /// cites a source: no measure of those.
    /// German "wie lang" asks a length unless a verb of time makes it a duration (<see cref="ExpectedAnswerType.AsksDuration"/>,
    /// checked by the caller); a thing's length is also its number of characters or pages ("12 Zeichen"), or, for a ban or a
    /// contract, a time ("zwei Jahre"). English "how long" asks a duration and "how far" a distance or a lead in points, so
    /// neither is read here.
    /// </remarks>
    [GeneratedRegex(@"\b(wie|how)\s+(?<adjective>(?<alcohol>betrunken|alkoholisiert|drunk)|(?<weight>schwer(?![^?]*\b(verletzt|beschädigt|getroffen|verwundet|erkrankt|belastet|fällt|fiel|gefallen))|heavy)"
        + @"|(?<temperature>heiß|heiss|warm|kalt|hot|cold)|(?<loudness>laut(?=\s+(ist|war|sind|waren|wird|werden|kann|können|darf|dürfen)\b)|loud)"
        + @"|(?<length>lang|tief(?![^?]*\b(gesunken|gefallen|sank|fiel|eingebrochen|brach))|breit|dick|tall|deep|wide|broad|thick))\b", RegexOptions.IgnoreCase)]
    private static partial Regex GradableAdjective();

    private const string Scale = @"(\s+(bis|to|und|and|oder|or)\s+\p{L}+)?(\s+(millionen|milliarden|mio\.?|mrd\.?|million|billion|thousand|tausend)|m|bn)?[\s\-]*";

    /// <summary>
    /// After a length's unit: the "per hour" or "per second" of a speed ("km/h", "30 m/s", "Kilometer pro Stunde", "miles an
    /// hour") or the power of an area or a volume ("80 m²", "5 m³").
    /// </summary>
    private const string NotARate = @"(?![²³]|\s*/\s*[hs]\b|\s+(pro|per|je|an|a|in\s+der)\s+(stunde|hour|sekunde|second)\b)";

    private const string Lengths = @"\p{L}*(meter|metern|metres?|meters)|km|cm|mm|m|miles?|meilen|feet|foot|ft|fuß|yards?|inch|inches|zoll";

    /// <summary>Each family's units right after a figure (and its scale): "1,9 Promille", "20 Kilometer", "über 60 Grad", "2.5 tonnes".</summary>
    private static readonly Dictionary<string, Regex> FamilyUnits = new()
    {
        ["alcohol"] = new(@"\G" + Scale + @"(promille|per\s*mille|‰|mg|milligrams?)(?!\p{L})", RegexOptions.IgnoreCase),
        ["weight"] = new(@"\G" + Scale + @"(kilos?|kg|t|tonnen|tonnes?|tons?|\p{L}*gramm|grams?|pfund|pounds?|lbs?|stones?)(?!\p{L})", RegexOptions.IgnoreCase),
        // "minus 20C", "35 F": English reports write the scale's letter for "degrees" (capital, no word after it).
        ["temperature"] = new(@"\G" + Scale + @"(grad|degrees?|°|(?-i:[CF])(?!\p{L}))", RegexOptions.IgnoreCase),
        ["loudness"] = new(@"\G" + Scale + @"(dezibel|decibels?|db)(?!\p{L})", RegexOptions.IgnoreCase),
        // Not a speed, an area or a volume written with a length's unit: "187 Stundenkilometer", "120 km/h", "50 miles per
        // hour", "300 Quadratmeter", "1000 Kubikmeter" measure no length ("Wie lang war die Teststrecke?").
        ["length"] = new(@"\G" + Scale + @"(?!(stunden|quadrat|kubik)\p{L})(" + Lengths + @"|zeichen|characters|seiten|pages|wörter|words)(?!\p{L})" + NotARate, RegexOptions.IgnoreCase),
    };

    /// <summary>
    /// Right after a figure: the second figure of a range in words ("drei bis vier"), a scale ("7.5 million", "18,2
    /// Millionen") and the unit ("tonnes", "-Tonnen-", "MB").
    /// </summary>
    [GeneratedRegex(@"\G(\s+(bis|to|und|and|oder|or)\s+\p{L}+)?(\s+(millionen|milliarden|mio\.?|mrd\.?|million|billion|thousand|tausend)|m|bn)?[\s\-]*(" + Physical + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex UnitAfter();
}
