using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// A figure of thousands as the other writings of it: "3000" is "3,000" in English and "3.000" in German news, and a
/// question may write it either way or bare ("Wer hat sich über 3000 Meter verzählt?" over "in the men's 3,000m").
/// Only the details check's alternatives: the separators themselves are swapped by the caller ("3.000" ↔ "3,000").
/// </summary>
internal static partial class ThousandsForms
{
    /// <summary>
    /// The other forms of <paramref name="figure"/>: grouped by either separator when written bare ("3000" → "3,000",
    /// "3.000"), bare when grouped ("53.000" → "53000"). None for a year ("2004" is never "2,004") or a decimal ("2,4").
    /// </summary>
    public static IReadOnlyList<string> Of(string figure)
    {
        if (Grouped().IsMatch(figure)) return [figure.Replace(".", "").Replace(",", "")];
        if (!Bare().IsMatch(figure) || AskedAmount.IsYearLike(figure)) return [];
        var groups = new List<string>();
        for (var end = figure.Length; end > 0; end -= 3) groups.Insert(0, figure[Math.Max(0, end - 3)..end]);
        return [string.Join(',', groups), string.Join('.', groups)];
    }

    /// <summary>Thousands grouped by one separator ("1,234", "1.234.567"): groups of three digits after the first.</summary>
    [GeneratedRegex(@"^\d{1,3}([.,])\d{3}(\1\d{3})*$")]
    private static partial Regex Grouped();

    /// <summary>A whole number of four to nine digits without separators.</summary>
    [GeneratedRegex(@"^[1-9]\d{3,8}$")]
    private static partial Regex Bare();
}
