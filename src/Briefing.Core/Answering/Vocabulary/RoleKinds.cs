using Briefing.Core.Search;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// The nouns news uses for one role, in German and English: a "which X" / "who" question asks by one of them and the
/// article writes another ("Wie heißt die Stellvertreterin des Präsidenten?" → "Vizepräsidentin Roxana Baldetti";
/// "Welcher Fußballer ist das neue Werbegesicht?" → "Als Werbeträger fungiert Steffen Hofmann"; "Wer leitet die
/// Organisation?" → "Fred Langford, Chef der IWF"; "Trainer des Jahres" → "coach Jake White"). A new name beside any
/// noun of the asked role is the asked person, as a name beside the asked noun itself is; the dictionary lists few of
/// these as the same sense (its round trips serve German nouns only and keep to two-way renderings).
/// </summary>
/// <remarks>
/// Roles only, and only nouns that name the one role wherever news writes them: "Manager" (a football coach in English,
/// any executive in German), "director" (film or company) and "official" stay out. The nouns match as a word or a
/// compound's tail with a person noun's endings (<see cref="AnswerCandidates.NearHead(string, IReadOnlyList{string}, string, NameDetector)"/>):
/// "Stellvertreterin", "Cheftrainer", "IS-Chef". A prefix that makes the role former, deputy or assistant ("Vizebürgermeister",
/// "Ex-Trainer", "Co-Trainer", "Torwarttrainer") names another person than the role's holder, and a compound that is itself
/// a listed word of another role ("Schiedsrichter", "Vorstandsvorsitzender") names that role, not its tail's.
/// <see cref="AskedFact"/>'s role families are looser on purpose (a leader's family holds the chair and the president);
/// RoleKindsTests keeps every pair a kind joins in one family there.
/// </remarks>
internal static class RoleKinds
{
    internal static readonly string[][] Kinds =
    [
        // Whoever heads a body: party, organisation, group, jury. German writes a party's leader its "Vorsitzender"
        // ("Parteivorsitzender" = "Parteichef"); English keeps the chair apart: a British party's chairman is not its
        // leader ("UKIP chairman Petrina Holdsworth", "Veritas deputy leader"), so "chairman" has a kind of its own.
        ["Chef", "Leiter", "Vorsitzende", "Vorsitzender", "Obmann", "Anführer", "leader", "chief", "boss", "head"],
        ["Vorsitzende", "Vorsitzender", "chairman", "chairwoman"],
        // The head of a company. Not a bare "executive": news calls any senior manager one ("another top executive").
        ["Vorstandschef", "Vorstandsvorsitzende", "Vorstandsvorsitzender", "Konzernchef", "Firmenchef", "Unternehmenschef", "Geschäftsführer",
            "chief executive", "CEO", "boss", "managing director"],
        ["Stellvertreter", "Vize", "Vizechef", "Vizepräsident", "Vizepräsidentin", "deputy", "vice-president", "vice president"],
        ["Trainer", "Coach", "Cheftrainer", "Chefcoach", "coach", "head coach"],
        ["Bürgermeister", "Stadtoberhaupt", "Stadtchef", "Ortschef", "mayor"],
        ["Werbeträger", "Werbegesicht", "Testimonial", "Markenbotschafter", "Werbebotschafter"],
        ["Sprecher", "spokesman", "spokeswoman", "spokesperson"],
        ["Schiedsrichter", "Referee", "Unparteiische", "Unparteiischer", "referee", "umpire"],
        ["Richter", "judge"],
        ["Torhüter", "Torwart", "Tormann", "Goalie", "goalkeeper", "keeper"],
        ["Stürmer", "Angreifer", "striker"],
        ["Verteidiger", "Innenverteidiger", "Außenverteidiger", "Abwehrspieler", "defender"],
        ["Mittelfeldspieler", "midfielder"],
        ["Sänger", "Frontmann", "singer", "frontman", "vocalist"],
        ["Anwalt", "Anwältin", "Rechtsanwalt", "lawyer", "attorney", "solicitor", "barrister"],
        ["Gründer", "Mitgründer", "Mitbegründer", "Firmengründer", "founder", "co-founder"],
        ["Besitzer", "Eigentümer", "Eigner", "owner"],
        ["Kapitän", "Spielführer", "captain", "skipper"],
    ];

    /// <summary>
    /// A role word shorter than this is too often the tail of another word to stand for the role inside a compound
    /// ("Leiter" in "Begleiter", "Halbleiter"; "Anwalt" in "Staatsanwalt"); "Fußballtrainer", "Regierungssprecher" are read.
    /// After a hyphen it still is the role ("IS-Chef").
    /// </summary>
    private const int MinTail = 7;

    /// <summary>"Titelverteidiger", "Strafverteidiger": a role word whose compounds mostly name another thing; a word of its own only.</summary>
    private static readonly HashSet<string> WholeWordOnly = new(["Verteidiger"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "Co-Trainer", "Kotrainer", "Torwarttrainer", "Assistenztrainer": prefixes of an assistant to the role, besides the former
    /// or deputy ones (<see cref="QuestionTerms.FormerOrDeputyPrefixes"/>: "Ex-Trainer", "Altbürgermeister", "Vizebürgermeister").
    /// The holder of the role is another person. "Interimstrainer" is not among them: an acting coach holds the role.
    /// </summary>
    private static readonly string[] AssistantPrefixes = ["co", "ko", "torwart", "assistenz"];

    /// <summary>
    /// The other nouns, in <paramref name="language"/>, of every role <paramref name="noun"/> (as typed, perhaps inflected
    /// or a compound ending in one: "Fußballtrainer") names; none when it names no listed role.
    /// </summary>
    /// <param name="question">The question the noun is asked by: a role of several words ("chief executive") is named by
    /// its last word where the question writes it whole ("Who is the new chief executive of Bombardier?").</param>
    public static IReadOnlyList<string> OthersOf(string? noun, string language, string? question = null)
    {
        if (noun is null || noun.Length < 3) return [];
        // "Vorstandsvorsitzender" is a listed word itself: its kinds are the ones listing it, not the ones of its tail.
        var listed = Kinds.Any(kind => kind.Any(role => IsWordOf(noun, role)));
        var others = new List<string>();
        foreach (var kind in Kinds)
        {
            var own = kind.Where(role => IsWordOf(noun, role) || (!listed && IsTailOf(noun, role)) || IsWrittenWhole(noun, role, question)).ToList();
            if (own.Count == 0) continue;
            others.AddRange(kind.Where(role => IsIn(role, language) && !own.Contains(role) && !others.Contains(role, StringComparer.OrdinalIgnoreCase)
                                                && !role.Equals(noun, StringComparison.OrdinalIgnoreCase)));
        }
        return others;
    }

    /// <summary>German role nouns are capitalised, English ones not; an acronym ("CEO") is written in both.</summary>
    private static bool IsIn(string role, string language) =>
        role.All(char.IsUpper) || char.IsUpper(role[0]) == (language == LanguageDetector.German);

    /// <summary>
    /// The role word found in <paramref name="text"/> at <paramref name="start"/> (already a word or a compound's tail with
    /// a person noun's ending) names the role there: not after a former, deputy or assistant prefix ("Co-Trainer Hermann
    /// Gerland" is not the coach), and a short or <see cref="WholeWordOnly"/> one only as a word or after a hyphen
    /// ("Wegbegleiter", "Staatsanwalt", "Titelverteidiger" are not).
    /// </summary>
    public static bool StandsAt(string text, int start, int length)
    {
        var from = start;
        while (from > 0 && (char.IsLetter(text[from - 1]) || text[from - 1] == '-')) from--;
        if (from == start) return true;
        if (IsOtherPersonPrefix(text[from..start])) return false;
        return text[start - 1] == '-' || (length >= MinTail && !WholeWordOnly.Contains(text.Substring(start, length)));
    }

    /// <summary>The noun is the role word, inflected ("Stellvertreterin", "coaches").</summary>
    private static bool IsWordOf(string noun, string role) => InflectedForm.Is(noun, role, InflectedForm.PersonNounEndings);

    /// <summary>The noun ends a role of several words that the question writes whole ("chief executive").</summary>
    private static bool IsWrittenWhole(string noun, string role, string? question) =>
        question is not null && role.LastIndexOf(' ') is var space and > 0 && IsWordOf(noun, role[(space + 1)..])
        && question.Contains(role, StringComparison.OrdinalIgnoreCase);

    /// <summary>The noun is a compound ending in the role word ("Fußballtrainer"), not after a prefix that makes another person of it.</summary>
    private static bool IsTailOf(string noun, string role)
    {
        if (role.Length < MinTail || role.Contains(' ') || WholeWordOnly.Contains(role)) return false;
        for (var i = noun.IndexOf(role, 1, StringComparison.OrdinalIgnoreCase); i > 0; i = noun.IndexOf(role, i + 1, StringComparison.OrdinalIgnoreCase))
            if (InflectedForm.Is(noun[i..], role, InflectedForm.PersonNounEndings) && !IsOtherPersonPrefix(noun[..i])) return true;
        return false;
    }

    /// <summary>"Vize", "Ex-", "Co-", "Torwart": the compound names a former, deputy or assistant holder of the role.</summary>
    private static bool IsOtherPersonPrefix(string prefix)
    {
        var bare = prefix.TrimEnd('-');
        return QuestionTerms.FormerOrDeputyPrefixes.Concat(AssistantPrefixes).Any(p => bare.Equals(p, StringComparison.OrdinalIgnoreCase));
    }
}
