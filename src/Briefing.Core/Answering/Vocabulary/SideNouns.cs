using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// Nouns of a side in sport: "Which team did England beat?", "Which club did he turn down?", "Welcher Verein ...?". Sport
/// writes a side by its town or country ("England beat Fiji 26-21", "a move to Birmingham"), so a place's name answers.
/// </summary>
internal static partial class SideNouns
{
    /// <summary>Whether <paramref name="noun"/> (a "which X" head, in either language) is a side: also a German compound's tail ("Nationalmannschaft").</summary>
    public static bool IsSide(string noun) => Side().IsMatch(noun);

    [GeneratedRegex(@"^(team|teams|club|clubs|side|sides|squad|\p{L}*mannschaft(en)?|vereins?|klub|klubs|nationalteam|elf)$", RegexOptions.IgnoreCase)]
    private static partial Regex Side();
}
