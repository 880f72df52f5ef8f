using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// English "fall" is the autumn only where a season is said: beside a year ("fall 2004", "in the fall of 2004") or after
/// a word that places it in a year ("this fall", "last fall", "next fall", "in the fall", "early fall"). Elsewhere it is the
/// noun or verb of a drop ("a 13% fall in Reliance's shares", "prices fall"): as a Date candidate it led "when" answers.
/// </summary>
internal static partial class SeasonFall
{
    /// <summary>Whether the date word at <paramref name="index"/> dates the text: any date word but "fall" does; "fall" only as the season.</summary>
    public static bool DatesAt(string text, int index, int length) =>
        !text.AsSpan(index, length).TrimEnd('.').Equals("fall", StringComparison.OrdinalIgnoreCase)
        || IsSeason(text[..index], text[(index + length)..]);

    private static bool IsSeason(string before, string after) =>
        YearAfter().IsMatch(after) || (SeasonBefore().IsMatch(before) && !DropAfter().IsMatch(after));

    /// <summary>"fall 2004", "fall of 2004", "fall '04".</summary>
    [GeneratedRegex(@"^\s*(of\s+)?('\d{2}\b|(1[0-9]|20)\d{2}\b)", RegexOptions.IgnoreCase)]
    private static partial Regex YearAfter();

    [GeneratedRegex(@"\b(this|last|next|coming|early|late|mid|the)\s*-?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SeasonBefore();

    /// <summary>"the fall in prices", "the fall of the Berlin Wall", "the fall from 10%": a drop or a collapse, no season.</summary>
    [GeneratedRegex(@"^\s*(in|of|from|to|by|on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DropAfter();
}
