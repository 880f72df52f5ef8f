using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// "How much will each victim receive?", "Wie viel darf jeder Kandidat ausgeben?": a figure per member of a group — a
/// share, not the group's total. News writes a share with a distributive word ("£23,000 apiece", "2,5 Millionen Euro pro
/// Kandidat", "jeweils 200.000 Euro", "Every officer had a target of 8,000"); a sentence without one gives the total ("agreed
/// to pay $54m", "will donate more than $8m to victims"), which does not answer what each gets.
/// </summary>
internal static partial class AskedShare
{
    /// <summary>The question asks a figure per member of a group: "each"/"jeder" before the group's noun, not a period ("each year", <see cref="AskedPeriod"/>) or a ratio ("for each pound").</summary>
    public static bool IsAsked(string question, AnswerType expected) => expected == AnswerType.Number && EachMember().IsMatch(question);

    /// <summary>The sentence writes a figure as a share: a distributive word anywhere in it.</summary>
    public static bool IsStatedIn(string sentence) => Distributive().IsMatch(sentence);

    /// <remarks>
    /// "jeden ersten Sonntag" and "each other" are no members; "for each pound a man earns" asks a ratio, which news writes
    /// without a distributive word ("it is 60p").
    /// </remarks>
    [GeneratedRegex(@"(?<!\b(for|für)\s)\b(each|jede[rnms]?)\b(?!\s+(other|year|month|week|day|time|jahr|monat|woche|tag|mal|ersten|zweiten|dritten)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EachMember();

    [GeneratedRegex(@"\b(each|every|apiece|per|a\s+head|jeweils|pro|je|jede[rnms]?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Distributive();
}
