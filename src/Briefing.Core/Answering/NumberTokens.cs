using System.Globalization;
using System.Text.RegularExpressions;

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

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Number();

    [GeneratedRegex(@"\G\.?(\s+(und|bis|oder|and|to|or)\s+|\s*[-–]\s*)\d[\d.,]*(?!\p{L})", RegexOptions.IgnoreCase)]
    private static partial Regex RangeToFigure();

    [GeneratedRegex(@"^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$")]
    private static partial Regex Grouped();
}
