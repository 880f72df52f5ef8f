using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// "Zu wie viel Haft wurde X verurteilt?", "How much jail time did X get?": a prison sentence asked by "wie viel" /
/// "how much" is a length of time ("four months in jail", "zu drei Jahren Haft"), not a counted thing or an amount.
/// Read as a count of "Haft", the answering sentence (which writes "jail") showed no unit and the question abstained;
/// the prison word is the asked kind, no topic an English sentence must show.
/// </summary>
internal static partial class AskedPrisonTerm
{
    /// <summary>The prison word the question asks the length of ("Haft", "jail"), or null.</summary>
    public static string? Of(string question) => Cue().Match(question) is { Success: true } m ? m.Groups["term"].Value : null;

    public static bool IsAsked(string question) => Cue().IsMatch(question);

    [GeneratedRegex(@"\b(?:(?:zu|für)\s+wie\s*viel\s+(?<term>haft|gefängnis|haftstrafe|freiheitsstrafe|jugendhaft)|how\s+much\s+(?<term>jail|prison)(?:\s+time)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();
}
