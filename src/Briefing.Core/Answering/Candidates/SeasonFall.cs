using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// English "fall" is the autumn only where a season is said: beside a year ("fall 2004", "in the fall of 2004") or after
/// a word that places it in a year ("this fall", "last fall", "next fall", "early fall") or "in the fall" with no drop's word after it. Elsewhere it is the
/// noun or verb of a drop ("a 13% fall in Reliance's shares", "prices fall"): as a Date candidate it led "when" answers.
/// </summary>
/// <remarks>The one reader of "fall": <see cref="DateWords.Dates"/> asks <see cref="CanDateWithoutContext"/> for the word alone.</remarks>
internal static partial class SeasonFall
{
    /// <summary>
    /// Whether a date word as written may date a text, read without its context: any date word may, "fall" only in lower
    /// case (the German noun "Fall", a case, is no autumn).
    /// </summary>
    public static bool CanDateWithoutContext(string written) => !IsFall(written) || !char.IsUpper(written[0]);

    /// <summary>Whether the date word at <paramref name="index"/> dates the text: any date word but "fall" does; "fall" only as the season.</summary>
    public static bool DatesAt(string text, int index, int length) =>
        !IsFall(text.AsSpan(index, length).TrimEnd('.'))
        || IsSeason(text[..index], text[(index + length)..]);

    private static bool IsFall(ReadOnlySpan<char> word) => word.Equals("fall", StringComparison.OrdinalIgnoreCase);

    // "this fall" / "last fall in Ohio" place the season whatever follows; only "in the fall" may still be a drop ("in the fall
    // of the Berlin Wall"), so the drop's words veto that one alone.
    private static bool IsSeason(string before, string after) =>
        YearAfter().IsMatch(after) || SeasonBefore().IsMatch(before) || (InTheBefore().IsMatch(before) && !DropAfter().IsMatch(after));

    /// <summary>"fall 2004", "fall of 2004", "fall '04".</summary>
    /// <remarks>A year of the last two centuries: "a fall of 1500 jobs" counts jobs.</remarks>
    [GeneratedRegex(@"^\s*(of\s+)?('\d{2}\b|(19|20)\d{2}\b)", RegexOptions.IgnoreCase)]
    private static partial Regex YearAfter();

    [GeneratedRegex(@"\b(this|last|next|coming|early|late|mid)\s*-?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SeasonBefore();

    /// <summary>"in the fall": the season, unless a drop's word follows; a bare "The fall was the steepest" is the drop.</summary>
    [GeneratedRegex(@"\bin\s+the\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex InTheBefore();

    /// <summary>"the fall in prices", "the fall of the Berlin Wall", "the fall from 10%": a drop or a collapse, no season.</summary>
    [GeneratedRegex(@"^\s*(in|of|from|to|by|on)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DropAfter();
}
