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
    /// <summary>
    /// The question asks a figure per member of a group: "each"/"jeder" before the group's noun, not a period ("each year",
    /// <see cref="AskedPeriod"/>) or a ratio ("for each pound"), and a verb of what a member gets or pays. Without that verb
    /// "each" describes the members, not a share: "Each of the metropolitan areas has a population that exceeds what
    /// number?", "How many from each camp would be appointed?" are answered by sentences without a distributive word.
    /// </summary>
    public static bool IsAsked(string question, AnswerType expected) =>
        expected == AnswerType.Number && EachMember().IsMatch(question) && ShareVerb().IsMatch(question);

    /// <summary>The sentence writes a figure as a share: a distributive word anywhere in it.</summary>
    public static bool IsStatedIn(string sentence) => Distributive().IsMatch(sentence);

    /// <remarks>
    /// "jeden ersten Sonntag" and "each other" are no members; "for each pound a man earns" asks a ratio, which news writes
    /// without a distributive word ("it is 60p").
    /// </remarks>
    [GeneratedRegex(@"(?<!\b(for|für)\s)\b(each|jede[rnms]?)\b(?!\s+(other|year|month|week|day|time|jahr|monat|woche|tag|mal|ersten|zweiten|dritten)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EachMember();

    /// <summary>What a member of a group gets or pays: receive, get, earn, be paid, spend; bekommen, erhalten, kassieren, ausgeben.</summary>
    [GeneratedRegex(@"\b(receiv\w*|get|gets|got|gotten|earn\w*|paid|pay|pays|win|wins|won|spend\w*|spent|owed?|bekomm\w*|bekam\w*|erhalt\w*|erhält|erhielt\w*|kassier\w*|verdien\w*|ausgeben|ausgegeben|gibt\s+\w+\s+aus|zahl\w*|gezahlt|bezahl\w*|gewinn\w*|gewonnen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShareVerb();

    [GeneratedRegex(@"\b(each|every|apiece|per|a\s+head|jeweils|pro|je|jede[rnms]?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Distributive();
}
