using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// "Wie viele Häftlinge werden erneut verurteilt?" is answered by "more than 60% of prisoners reconvicted", "Wie viele der
/// neu installierten Geldautomaten laufen mit Windows?" by "70% of new cash machines being installed were Windows based":
/// news counts a part of a group by its share of the group. A percentage counts the asked noun when the group it is a
/// share of — after "of", "der", "aller", "von", "unter den" and a few describing words — is that noun. A bare
/// percentage (an interest rate beside a growth, another party's share of the vote) counts nothing the question asks.
/// </summary>
internal static partial class ShareOfCountedGroup
{
    /// <summary>Whether the figure ending at <paramref name="end"/> is a percentage of the counted noun (<paramref name="isCountedNoun"/>).</summary>
    public static bool Counts(string text, int end, Func<string, bool>? isCountedNoun)
    {
        if (isCountedNoun is null) return false;
        var share = ShareOf().Match(text, end);
        return share.Success && GroupWords(share).Any(isCountedNoun);
    }

    /// <summary>
    /// The group's words up to its first function word: "der Stimmen der Wähler" is a share of votes, not of voters, and
    /// "of new cash machines being installed" one of cash machines.
    /// </summary>
    private static IEnumerable<string> GroupWords(Match share) =>
        share.Groups["word"].Captures.Select(word => word.Value).TakeWhile(word => !FunctionWords.IsFunctionWord(word));

    /// <remarks>
    /// The group's noun stands within four words after the preposition ("der zwei Millionen Bewohner",
    /// "of new cash machines"); a comma or full stop ends the group.
    /// </remarks>
    [GeneratedRegex(@"\G\s*(%|(" + PercentWords.Percent + @")\b)\s+(of|among|der|aller|von|unter\s+den)\s+(?:(?<word>[\p{L}\d](?:[\p{L}\d.\-]*[\p{L}\d])?)\s*){1,4}", RegexOptions.IgnoreCase)]
    private static partial Regex ShareOf();
}
