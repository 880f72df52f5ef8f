using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// A place asked as the destination of a role ("Where is Jones going as ambassador?", "Wohin wechselt X als
/// Trainerin?"): the article says it after the role noun ("the UK's ambassador to Brazil", "Botschafterin nach
/// Kanada"). Such articles often name another person's post in the next sentence ("Smith, currently ambassador to
/// Chile"): the place answers only when the person named closest before the role is the asked one.
/// </summary>
internal static partial class RoleDestinations
{
    /// <summary>How far after the role noun its place may stand ("ambassador to the Republic of Peru").</summary>
    private const int PlaceDistance = 30;

    /// <summary>The role noun of "as X" / "als X" in the question ("as ambassador" → ambassador, "als neue Trainerin" → Trainerin).</summary>
    public static string? RoleOf(string question) =>
        AsRole().Match(question) is { Success: true } match ? match.Groups["role"].Value : null;

    /// <returns>
    /// True when the sentence gives the role a place and the person named closest before the role noun is one the
    /// question names; false when that person is someone else; null when the sentence gives the role no place, or
    /// names no person before it ("She will be ambassador to Peru": a pronoun for the article's person).
    /// </returns>
    public static bool? IsAbout(string sentence, string role, IReadOnlySet<string> askedNames, string language, NameDetector names)
    {
        bool? about = null;
        for (var i = sentence.IndexOf(role, StringComparison.OrdinalIgnoreCase); i >= 0; i = sentence.IndexOf(role, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (i > 0 && char.IsLetter(sentence[i - 1]) && language != "de") continue;
            var after = Destination().Match(sentence, i + role.Length);
            if (!after.Success || after.Index != i + role.Length) continue;
            var person = NameSpans.Named(sentence[..i], language, names)
                .LastOrDefault(s => s.Kind is NameKind.Person || (s.Kind == NameKind.Unknown && !s.Words.All(NameDetector.IsAcronym)));
            if (person is null) continue;
            if (person.Words.Any(w => askedNames.Contains(AnswerCandidates.NameKey(w)))) return true;
            about = false;
        }
        return about;
    }

    /// <summary>"as ambassador", "als Botschafter", "as the new head coach", "als neue Trainerin": the last word is the role.</summary>
    [GeneratedRegex(@"\b(as|als)\s+((" + ArticleAlternations.Any + @"|new|neue[rn]?)\s+)*(?<role>\p{L}{4,})\s*(\?|$|\b(to|in|nach|of|at|bei|zu|für)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AsRole();

    /// <summary>The rest of the role word (an inflection or a compound's tail), then a preposition of destination and a capitalised word.</summary>
    [GeneratedRegex(@"\G\p{Ll}{0,5}\s+(?i:to|in|nach|of|at|bei|zu|zum|für|beim|in\s+der|in\s+den)\s+((?i:" + ArticleAlternations.Definite + @")\s+)?\p{Lu}")]
    private static partial Regex Destination();
}
