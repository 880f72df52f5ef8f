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
/// "Stellvertreterin", "Cheftrainer", "IS-Chef".
/// </remarks>
internal static class RoleKinds
{
    private static readonly string[][] Kinds =
    [
        // Whoever heads a body: party, organisation, group, jury.
        // Not the chair: a British party's chairman is not its leader ("UKIP chairman Petrina Holdsworth", "Veritas deputy leader").
        ["Chef", "Leiter", "Vorsitzende", "Vorsitzender", "Obmann", "Anführer", "leader", "chief", "boss", "head"],
        ["Vorsitzende", "Vorsitzender", "chairman", "chairwoman"],
        // The head of a company.
        ["Vorstandschef", "Konzernchef", "Firmenchef", "Unternehmenschef", "Geschäftsführer", "executive", "CEO", "boss", "managing director"],
        ["Stellvertreter", "Vize", "Vizechef", "Vizepräsident", "Vizepräsidentin", "deputy", "vice-president", "vice president"],
        ["Trainer", "Coach", "Cheftrainer", "Chefcoach", "coach", "head coach"],
        ["Bürgermeister", "Stadtoberhaupt", "Stadtchef", "mayor"],
        ["Werbeträger", "Werbegesicht", "Testimonial", "Markenbotschafter", "Werbebotschafter"],
        ["Sprecher", "spokesman", "spokeswoman", "spokesperson"],
        ["Schiedsrichter", "Referee", "Unparteiische", "Unparteiischer", "referee", "umpire"],
        ["Richter", "judge"],
        ["Torhüter", "Torwart", "Tormann", "Goalie", "goalkeeper", "keeper"],
        ["Stürmer", "Angreifer", "striker"],
        ["Verteidiger", "Abwehrspieler", "defender"],
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
    /// </summary>
    private const int MinTail = 7;

    /// <summary>
    /// The other nouns, in <paramref name="language"/>, of every role <paramref name="noun"/> (as typed, perhaps inflected
    /// or a compound ending in one: "Fußballtrainer") names; none when it names no listed role.
    /// </summary>
    public static IReadOnlyList<string> OthersOf(string? noun, string language) =>
        OthersOf(noun).Where(role => IsIn(role, language)).ToList();

    /// <summary>German role nouns are capitalised, English ones not; an acronym ("CEO") is written in both.</summary>
    private static bool IsIn(string role, string language) =>
        role.All(char.IsUpper) || char.IsUpper(role[0]) == (language == LanguageDetector.German);

    /// <summary>The other nouns, in either language, of every role <paramref name="noun"/> names.</summary>
    public static IReadOnlyList<string> OthersOf(string? noun)
    {
        if (noun is null || noun.Length < 3) return [];
        var others = new List<string>();
        foreach (var kind in Kinds)
        {
            var own = kind.Where(role => Names(noun, role)).ToList();
            if (own.Count == 0) continue;
            others.AddRange(kind.Where(role => !own.Contains(role) && !others.Contains(role, StringComparer.OrdinalIgnoreCase)
                                                && !role.Equals(noun, StringComparison.OrdinalIgnoreCase)));
        }
        return others;
    }

    /// <summary>The noun is the role word, inflected ("Stellvertreterin", "coaches"), or a compound ending in it ("Fußballtrainer").</summary>
    private static bool Names(string noun, string role)
    {
        if (InflectedForm.Is(noun, role, InflectedForm.PersonNounEndings)) return true;
        if (role.Length < MinTail || role.Contains(' ')) return false;
        for (var i = noun.IndexOf(role, 1, StringComparison.OrdinalIgnoreCase); i > 0; i = noun.IndexOf(role, i + 1, StringComparison.OrdinalIgnoreCase))
            if (InflectedForm.Is(noun[i..], role, InflectedForm.PersonNounEndings)) return true;
        return false;
    }
}
