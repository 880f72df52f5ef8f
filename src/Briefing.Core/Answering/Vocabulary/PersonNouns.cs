using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// Nouns that count people. "Wie viele Leute arbeiten bei X?" and "How many people work at X?" ask with a generic word
/// ("Leute", "Menschen", "Personen", "people") that the article words as who they are: "50.000 Beschäftigte",
/// "3,200 staff", "5.100 Einwohner". Any of these shows a generic person count, a count of things ("80 Schildkröten")
/// does not. German person nouns also end compounds ("Feuerwehrleute", "Todesopfer", "Einsatzkräfte").
/// </summary>
internal static partial class PersonNouns
{
    /// <summary>The generic words a question counts people with.</summary>
    private static readonly FrozenSet<string> Generic = new[]
    {
        "leute", "leuten", "menschen", "personen", "person", "einzelpersonen", "people", "persons", "individuals",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>German heads of person nouns (plural and singular forms); a compound ending in one counts too.</summary>
    private static readonly string[] GermanHeads =
    [
        "menschen", "personen", "person", "leute", "leuten", "beschäftigte", "beschäftigten", "mitarbeiter", "mitarbeitern",
        "mitarbeiterinnen", "angestellte", "angestellten", "arbeiter", "arbeitern", "arbeitnehmer", "arbeitnehmern", "einwohner",
        "einwohnern", "bewohner", "bewohnern", "bürger", "bürgern", "besucher", "besuchern", "zuschauer", "zuschauern", "gäste",
        "gästen", "teilnehmer", "teilnehmern", "passagiere", "passagieren", "schüler", "schülern", "schülerinnen", "studenten",
        "studierende", "studierenden", "kinder", "kindern", "frauen", "männer", "männern", "soldaten", "polizisten", "beamte",
        "beamten", "flüchtlinge", "flüchtlingen", "asylwerber", "asylwerbern", "migranten", "opfer", "opfern", "tote", "toten",
        "verletzte", "verletzten", "häftlinge", "häftlingen", "gefangene", "gefangenen", "verdächtige", "verdächtigen",
        "festgenommene", "festgenommenen", "patienten", "mitglieder", "mitgliedern", "wähler", "wählern", "kunden", "fans",
        "jugendliche", "jugendlichen", "pensionisten", "rentner", "rentnern", "lehrer", "lehrern", "ärzte", "ärzten", "kräfte",
        "helfer", "helfern", "bewerber", "bewerbern", "demonstranten", "arbeitslose", "arbeitslosen", "touristen", "urlauber",
        "bedienstete", "bediensteten", "beschäftigter", "angestellter", "einwohnerinnen", "bewohnerinnen", "mitarbeitende",
        "mitarbeitenden", "erwachsene", "erwachsenen", "vermisste", "vermissten", "infizierte", "infizierten", "todesopfer",
        // Who runs a trade or opposes a cause: "Gastwirte", "Landwirte", "Gastronomen", "Regimegegner", "Oppositionsführer".
        "wirte", "wirten", "gastronomen", "gegner", "gegnern", "führer", "führern",
        // Who watch, use, research or vote, and who hold a seat: "586.000 Zusehern", "einer Milliarde Nutzer", "60 Techniker",
        // "222.283 Stimmberechtigte", "die sechs Abgeordneten", "Bis zu 800 Geflüchtete".
        "zuseher", "zusehern", "nutzer", "nutzern", "techniker", "technikern", "forscher", "forschern", "wissenschafter",
        "wissenschaftern", "wissenschaftler", "wissenschaftlern", "experten", "berechtigte", "berechtigten", "abgeordnete",
        "abgeordneten", "mandatare", "mandataren", "geflüchtete", "geflüchteten", "anrainer", "anrainern", "insassen",
        // Who is accused, fights, walks, rides or drives: "17 Beschuldigte", "14 Aufständische", "38 Architekten",
        // "300.000 Fußgänger". A question counting them by such a noun ("Wie viele Fußgänger …?") is a
        // count of people, which the article words by another person noun ("300.000 Menschen"). Not "Spieler" (a compound
        // head of things: "Spielnächte" beside it, "CD-Spieler"), "-täter" ("drei Selbstmordattentäter" are no count of the
        // injured) nor "supporters" (a crowd, no count of the police deployed at it): each let a probe be answered wrongly.
        "beschuldigte", "beschuldigten", "angeklagte", "angeklagten", "rebellen", "aufständische", "aufständischen", "kämpfer",
        "kämpfern", "milizionäre", "milizionären", "gänger", "gängern", "fahrer", "fahrern", "architekten", "sportler",
        "sportlern", "athleten", "angehörige", "angehörigen", "freiwillige", "freiwilligen", "überlebende", "überlebenden",
        "künstler", "künstlern", "autoren", "anwälte", "anwälten", "händler", "händlern", "bauern", "pilger", "pilgern",
    ];

    /// <summary>
    /// Person nouns matched as whole words only ("3,200 staff", "12 Richter").
    /// </summary>
    private static readonly FrozenSet<string> WholeWords = new[]
    {
        "people", "persons", "person", "individuals", "staff", "employees", "employee", "workers", "worker", "workforce",
        "residents", "inhabitants", "citizens", "visitors", "spectators", "fans", "passengers", "pupils", "students", "children",
        "kids", "men", "women", "soldiers", "troops", "officers", "policemen", "refugees", "migrants", "victims", "dead",
        "injured", "casualties", "patients", "members", "voters", "customers", "users", "subscribers", "viewers", "listeners",
        "attendees", "participants", "volunteers", "protesters", "demonstrators", "prisoners", "inmates", "suspects", "teachers",
        "doctors", "nurses", "miners", "farmers", "adults", "youths", "teenagers", "teenager", "teens", "pensioners", "civilians", "survivors", "tourists",
        "guests", "staffers", "personnel", "fatalities", "deaths", "beschäftigte", "players", "athletes", "researchers",
        "technicians", "engineers", "delegates", "lawmakers", "readers", "shoppers", "consumers", "applicants", "officials",
        "rebels", "insurgents", "fighters", "militants", "pedestrians", "riders", "drivers", "defendants", "architects",
        "planners", "pilots", "authors", "judges", "lawyers", "worshippers", "pilgrims", "mourners", "hostages",
        "recruits", "runners", "climbers", "traders", "dealers", "artists",
        // German person nouns that end compounds of things too ("Trichter", "Wechselrichter", "Routenplaner",
        // "Autopiloten", "Karteireiter"): whole words only, not heads.
        "richter", "richtern", "reiter", "reitern", "planer", "planern", "piloten",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that only people do in news: they show a count of people, but name no one.</summary>
    private static readonly FrozenSet<string> PeopleVerbs = new[]
    {
        "employs", "employed", "employing", "killed", "died", "beschäftigt", "starben", "gestorben", "getötet",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Compound heads shorter than this match inside unrelated words.</summary>
    private const int MinHead = 4;

    /// <summary>
    /// "Wie heißt der 43-jährige Mann …?", "ein 12-jähriger Bub", "a 34-year-old man": the plain words for one person, which
    /// no list of groups holds (a group list reads "Männer", not the one man whose name is asked) and which say nothing of
    /// what the person does.
    /// </summary>
    public static bool IsPlainPerson(string word) => OnePerson.Contains(word);

    private static readonly FrozenSet<string> OnePerson = new[]
    {
        "Mann", "Frau", "Mädchen", "Junge", "Bub", "Bursche", "man", "woman", "boy", "girl",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The noun a figure counts names people: a person noun, or German "Mann" after a figure ("pro Jahr 5.000 Mann
    /// ausbilden", "eine Truppe von 300 Mann"), the troop count that names no one (<see cref="IsGenericCount"/>). Only
    /// for the noun right after a figure: anywhere else "Mann" is one man, no count.
    /// </summary>
    public static bool CountsPeopleAfterFigure(string noun) => IsPersonNoun(noun) || IsTroopCount(noun);

    /// <summary>A figure's noun that counts people without saying who they are: the generic words and the troop count "Mann".</summary>
    public static bool IsGenericCount(string noun) => IsGeneric(noun) || IsTroopCount(noun);

    private static bool IsTroopCount(string noun) => noun.Equals("Mann", StringComparison.Ordinal);

    /// <summary>"Leute", "Menschen", "Personen", "people": a count of people that any person noun words.</summary>
    public static bool IsGeneric(string word) => Generic.Contains(word);

    /// <summary>Whether <paramref name="word"/> names people ("Beschäftigte", "Feuerwehrleute", "staff", "residents").</summary>
    public static bool IsPersonNoun(string word) => PeopleVerbs.Contains(word) || NamesPeople(word);

    /// <summary>
    /// The nouns of <paramref name="text"/> that say who did something without a name ("Studenten strömten nach …",
    /// "only pharmacists may supply …"): a "who" question is often answered by a group or role, not a person's name.
    /// Not the generic words ("Menschen", "people"), which any question about people is answered by.
    /// </summary>
    public static IEnumerable<string> GroupsIn(string text) =>
        Tokenizer.LetterRuns(text).Select(m => m.Value).Where(w => NamesPeople(w) && !IsGeneric(w));

    /// <summary>Whether the noun names people (<see cref="IsPersonNoun"/> without the verbs only people do).</summary>
    public static bool NamesPeople(string word)
    {
        if (WholeWords.Contains(word)) return true;
        if (word.Length >= MinAgentNoun && EnglishAgent().IsMatch(word)) return true;
        if (!char.IsUpper(word[0])) return false;
        foreach (var head in GermanHeads)
            if (word.EndsWith(head, StringComparison.OrdinalIgnoreCase) && (word.Length == head.Length || head.Length >= MinHead)) return true;
        return word.Length >= MinAgentNoun && (GermanAgent().IsMatch(word) || FeminineOrBothPlural().IsMatch(word));
    }

    /// <summary>
    /// "350 WissenschafterInnen", "Lehrerinnen", "Aktivistinnen": the feminine plural of an agent noun, and the form that
    /// writes both with a capital I, name people whatever the noun. Not "Spinnen" or "Rinnen", whose "-innen" ends no agent.
    /// </summary>
    [GeneratedRegex(@"(\p{Ll}Innen|(er|ant|ent|og|eur|ist)innen)$")]
    private static partial Regex FeminineOrBothPlural();

    /// <summary>
    /// "Tausende Nationalisten", "2,000 activists": nouns of followers and trades made with -ist name people in both
    /// languages. Shorter words with the ending are things ("Listen", "Fristen", "wrists").
    /// </summary>
    private const int MinAgentNoun = 8;

    [GeneratedRegex(@"(ist|isten|istin|istinnen)$", RegexOptions.IgnoreCase)]
    private static partial Regex GermanAgent();

    [GeneratedRegex(@"^\p{L}\p{Ll}+ists$")]
    private static partial Regex EnglishAgent();

    /// <summary>
    /// Whether <paramref name="sentence"/> names people with any person noun, or counts a group by its heads ("a
    /// 40-strong delegation", "eine zwölfköpfige Abordnung").
    /// </summary>
    public static bool AreNamedIn(string sentence) => Tokenizer.LetterRuns(sentence).Any(m => IsPersonNoun(m.Value)) || HeadCount().IsMatch(sentence);

    /// <summary>
    /// Groups of people whose size is a count of them: "Wie groß war die Delegation?", "How big was the team?" are answered
    /// by "ein Team aus 25 Ärzten", "a 40-strong delegation". German compounds ending in one count too ("Ärzteteam").
    /// </summary>
    public static bool IsGroupNoun(string word)
    {
        if (GroupWords.Contains(word)) return true;
        if (!char.IsUpper(word[0])) return false;
        return GermanGroupHeads.Any(head => word.EndsWith(head, StringComparison.OrdinalIgnoreCase));
    }

    private static readonly FrozenSet<string> GroupWords = new[]
    {
        "team", "crew", "crowd", "delegation", "squad", "contingent", "entourage", "workforce", "audience", "force", "army",
        "gathering", "mob", "staff", "cast", "convoy",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] GermanGroupHeads =
    [
        "team", "mannschaft", "delegation", "crew", "besatzung", "menschenmenge", "publikum", "belegschaft", "kader", "aufgebot",
        "truppe", "abordnung", "gefolge", "tross", "kontingent", "ensemble", "armee", "streitmacht",
    ];

    [GeneratedRegex(@"\d[\d.,]*[-\s](strong|köpfige[nmrs]?)\b|\p{Ll}+köpfige[nmrs]?\b", RegexOptions.IgnoreCase)]
    private static partial Regex HeadCount();

    /// <summary>
    /// "How many people work at X?" over "X employs 3,200 staff", "Wie viele Menschen leben in Y?" over "Y zählt 5.100
    /// Einwohner": who the counted people are says what the question's verb asks (they work there, they live there),
    /// so a sentence naming them that way shows the asked verb without writing it.
    /// </summary>
    public static bool ShowsAskedVerb(string question, string sentence) =>
        (WorkVerb().IsMatch(question) && WorkNoun().IsMatch(sentence)) || (LiveVerb().IsMatch(question) && LiveNoun().IsMatch(sentence));

    [GeneratedRegex(@"\b(work|works|worked|working|employ|employs|employed|arbeiten|arbeitet|arbeiteten|arbeitete|beschäftigt|beschäftigen|angestellt|tätig)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkVerb();

    [GeneratedRegex(@"\b(staff|staffers|employees?|workers|workforce|personnel|employs|employed|employing|\p{L}*(beschäftigte[nr]?|mitarbeiter(innen|n)?|mitarbeitende[n]?|angestellte[nr]?|arbeiter(n|innen)?|arbeitnehmer(n|innen)?|bedienstete[n]?|belegschaft)|beschäftigt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkNoun();

    [GeneratedRegex(@"\b(live|lives|lived|living|inhabit|leben|lebt|lebten|lebte|wohnen|wohnt|wohnten)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LiveVerb();

    [GeneratedRegex(@"\b(residents|inhabitants|population|\p{L}*(einwohner(n|innen)?|bewohner(n|innen)?|bevölkerung))\b", RegexOptions.IgnoreCase)]
    private static partial Regex LiveNoun();
}
