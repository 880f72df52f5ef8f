using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// "Wer spielt in dem Film den Professor Abe Lucas?", "Who plays Jill in the new comedy?": film and theatre reviews name
/// the cast in brackets right after the role ("Wenn Abe Lucas (Joaquin Phoenix) Philosophie unterrichtet", "Jill (Emma
/// Stone)"). That sentence rarely repeats the question's verb, so it lost to one that restates the plot; the name in
/// brackets after one of the question's own names is the asked actor, as the doer of a passive is (<see cref="ActionAgents"/>).
/// </summary>
internal static partial class PlayedRoles
{
    /// <summary>Whether the question asks who plays a role.</summary>
    public static bool IsAsked(string question) => PlayVerb().IsMatch(question);

    /// <summary>The name keys (<see cref="AnswerCandidates.NameKey"/>) of the names in brackets right after one of <paramref name="asked"/>.</summary>
    public static IReadOnlySet<string> ActorsIn(string sentence, IReadOnlySet<string> asked, string language, NameDetector names)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match cast in RoleAndActor().Matches(sentence))
        {
            if (!asked.Contains(AnswerCandidates.NameKey(cast.Groups["role"].Value))) continue;
            foreach (var span in NameSpans.Named(cast.Groups["actor"].Value, language, names))
                keys.UnionWith(span.Words.Select(AnswerCandidates.NameKey));
        }
        return keys;
    }

    [GeneratedRegex(@"\b(spielt|spielte|spielen|gespielt|verkörpert|verkörperte|dargestellt|plays|played|playing|portrays|portrayed|portraying)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlayVerb();

    /// <summary>A capitalised word, then a bracket holding two to four capitalised words and nothing else.</summary>
    [GeneratedRegex(@"(?<role>\p{Lu}[\p{L}'’-]*)\s*\((?<actor>\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){1,3})\)")]
    private static partial Regex RoleAndActor();
}
