namespace Briefing.Core.Answering;

/// <summary>
/// Nouns that count the same kind of people, firms or things a figure counts: "Wie viele Gäste werden erwartet?" is
/// answered by "Die 140 Teilnehmer aus 22 Ländern …", "Vor wie vielen Reportern …?" by "vor rund 130 Journalisten", "How
/// many companies …?" by "a survey of 10,227 firms", "Wie viele Treffer …?" by "erzielte 27 Tore". A report counts what a
/// question counts by the noun of its own choice, and the dictionary does not relate such nouns (they share no
/// translation), so a figure right before a noun of the asked noun's kind counts the asked thing, as the dictionary's
/// other words for it do (<see cref="SentenceCandidates"/>'s other-word terms, like <see cref="ClassNouns"/>).
/// </summary>
/// <remarks>
/// Kinds, not "any person noun": the article on a conference that counts its 140 participants also counts the 2,100
/// police officers guarding it and the 150 protesters outside; only the participants are its guests. So each kind is a
/// role people (or firms) are counted in, or one kind of thing (goals, stage wins, sites, dwellings, records, offences),
/// and a noun of another kind — a person noun is no firm, a police officer no guest — counts something else. No generic
/// word ("Menschen", "people") is in a kind: it says nothing of the role (<see cref="ClassNouns"/>' remarks). Both
/// languages' words are in each kind, so a question in one language reads a figure in the other.
/// German compounds ("Handyhersteller", "600 Medienexperten") are read only through a kind's listed
/// <see cref="Kind.CompoundHeads"/>: a word that ends other nouns ("Orten" in "Sorten", "Toren" in "Investoren",
/// "Häuser" in "Krankenhäuser", "Fälle" in "Todesfälle", "Platten" in "Festplatten"), or whose stem is another word
/// ("Wähler" → "Wahl", "Spieler" → "Spiel", "Treffer" → "Treffen", "Banken" → "Datenbanken"), counts its kind only as
/// a word of its own.
/// </remarks>
internal static class CountedKinds
{
    /// <param name="CompoundHeads">The German nouns (of <paramref name="German"/>) that keep their kind when they end a
    /// compound ("Medienexperten", "Dopingvergehen"): read one way only, as the compound's head.</param>
    private sealed record Kind(string[] German, string[] English, string[] CompoundHeads);

    private static readonly Kind[] Kinds =
    [
        // Who attends: guests, participants, visitors, spectators.
        new(["gäste", "gästen", "teilnehmer", "teilnehmern", "teilnehmerinnen", "besucher", "besuchern", "besucherinnen",
             "zuschauer", "zuschauern", "zuschauerinnen", "zuseher", "zusehern", "delegierte", "delegierten"],
            ["guests", "participants", "attendees", "visitors", "spectators", "delegates"],
            ["gäste", "gästen", "teilnehmer", "teilnehmern", "teilnehmerinnen", "zuschauer", "zuschauern", "zuschauerinnen"]),
        // Who works for an employer (the nouns PersonNouns.ShowsAskedVerb reads as working). "Arbeiter" is no compound head:
        // its stem is "Arbeit" ("Zusammenarbeit").
        new(["mitarbeiter", "mitarbeitern", "mitarbeiterinnen", "mitarbeitende", "mitarbeitenden", "beschäftigte", "beschäftigten",
             "angestellte", "angestellten", "bedienstete", "bediensteten", "arbeitnehmer", "arbeitnehmern",
             "arbeiter", "arbeitern", "arbeiterinnen"],
            ["staff", "staffers", "employees", "workers", "personnel"],
            ["mitarbeiter", "mitarbeitern", "mitarbeiterinnen", "beschäftigte", "beschäftigten", "angestellte", "angestellten", "bedienstete", "bediensteten", "arbeitnehmer", "arbeitnehmern"]),
        // Who lives somewhere.
        new(["einwohner", "einwohnern", "einwohnerinnen", "bewohner", "bewohnern", "bewohnerinnen"], ["residents", "inhabitants"],
            ["einwohner", "einwohnern", "einwohnerinnen", "bewohner", "bewohnern", "bewohnerinnen"]),
        // Who reports.
        new(["reporter", "reportern", "reporterinnen", "journalisten", "journalistinnen", "medienvertreter", "medienvertretern",
             "pressevertreter", "pressevertretern"],
            ["reporters", "journalists", "correspondents"],
            ["journalisten", "journalistinnen", "medienvertreter", "medienvertretern", "pressevertreter", "pressevertretern"]),
        // Who holds a seat in a parliament.
        new(["abgeordnete", "abgeordneten", "mandatare", "mandataren", "parlamentarier", "parlamentariern", "senatoren",
             "volksvertreter", "volksvertretern"],
            ["lawmakers", "legislators", "deputies", "mps", "senators", "congressmen"],
            ["abgeordnete", "abgeordneten", "parlamentarier", "parlamentariern", "senatoren", "volksvertreter", "volksvertretern"]),
        // Who plays for a team.
        new(["spieler", "spielern", "spielerinnen", "profis", "akteure", "akteuren", "kicker", "fußballer", "fußballern"],
            ["players", "footballers"],
            ["profis"]),
        // Who may vote.
        // Not "Stimmen"/"votes": a vote is no voter, and "einer einzigen übertragbaren Stimme" then counted the asked
        // Stimmberechtigten (XQuAD de-de), though "5,2 Millionen Stimmen" answers how many voted for a party (probe 43-072):
        // ActTallies counts votes as voters only where the question asks about the vote by its verb.
        new(["wähler", "wählern", "wählerinnen", "wahlberechtigte", "wahlberechtigten", "stimmberechtigte", "stimmberechtigten"],
            ["voters", "electors"],
            ["wahlberechtigte", "wahlberechtigten", "stimmberechtigte", "stimmberechtigten"]),
        // Firms, and what they make or sell.
        new(["unternehmen", "firmen", "konzerne", "konzernen", "hersteller", "herstellern", "anbieter", "anbietern", "betriebe", "betrieben"],
            ["companies", "firms", "businesses", "manufacturers", "makers", "providers", "corporations"],
            ["unternehmen", "firmen", "konzerne", "konzernen", "hersteller", "herstellern", "anbieter", "anbietern", "betriebe", "betrieben"]),
        // Banks.
        new(["banken", "geldhäuser", "geldhäusern", "geldinstitute", "geldinstituten", "kreditinstitute", "kreditinstituten"],
            ["banks", "lenders"],
            ["geldhäuser", "geldhäusern", "geldinstitute", "geldinstituten", "kreditinstitute", "kreditinstituten"]),
        // Who works beside one at school or work: "Wie viele Mitschüler …?" over "mit 30 Kollegen".
        new(["kollegen", "kolleginnen", "mitschüler", "mitschülern", "mitschülerinnen", "klassenkameraden", "schulkameraden", "schulkollegen"],
            ["colleagues", "classmates", "schoolmates"],
            ["kollegen", "kolleginnen", "mitschüler", "mitschülern", "mitschülerinnen", "klassenkameraden", "schulkameraden", "schulkollegen"]),
        // Who is asked for expert knowledge: "How many media professionals …?" over "mit mehr als 600 Medienexperten".
        new(["experten", "expertinnen", "fachleute", "fachleuten", "spezialisten", "spezialistinnen"],
            ["experts", "professionals", "specialists"],
            ["experten", "expertinnen", "fachleute", "fachleuten", "spezialisten", "spezialistinnen"]),
        // What a scorer scores: "Wie viele Treffer gelangen ihm?" over "erzielte 27 Tore".
        new(["tore", "toren", "treffer", "treffern"], ["goals"],
            []),
        // What a cyclist wins at a stage race: "Wie viele Tagessiege …?" over "gewann er 26 Etappen".
        new(["etappen", "etappensiege", "etappensiegen", "tagessiege", "tagessiegen"], ["stages"],
            ["etappen", "etappensiege", "etappensiegen", "tagessiege", "tagessiegen"]),
        // Who backs a list or petition by signing: "How many signatures …?" over "braucht sie 50 Unterstützungserklärungen".
        new(["unterschriften", "unterstützungserklärungen", "unterzeichner", "unterzeichnern"], ["signatures", "signatories"],
            ["unterschriften", "unterstützungserklärungen", "unterzeichner", "unterzeichnern"]),
        // What is asked of a service or office: "How many queries …?" over "277 million enquiries were made".
        new(["anfragen", "suchanfragen", "abfragen"], ["queries", "enquiries", "inquiries", "requests", "searches"],
            ["anfragen", "suchanfragen", "abfragen"]),
        // Where something is set up: "At how many sites …?" over "in more than 700 locations".
        new(["standorte", "standorten", "orte", "orten"], ["sites", "locations"],
            ["standorte", "standorten"]),
        // Where people live, counted by dwelling: "How many households …?" over "about 300 homes".
        new(["haushalte", "haushalten", "wohnungen", "häuser", "häusern"], ["households", "homes", "houses"],
            ["haushalte", "haushalten", "wohnungen"]),
        // A band's releases: "Wie viele Platten haben The Slits veröffentlicht?" over "nach drei Alben" (not "records", which a sprinter breaks).
        new(["platten", "schallplatten", "alben", "tonträger", "tonträgern"], ["albums", "LPs"],
            ["schallplatten", "tonträger", "tonträgern"]),
        // A collection's films, counted by what they are kept on: "Wie viele Filme hat er gekauft?" over "so um die 8.000
        // Kassetten und DVDs". Not "Bänder" or "tapes" alone, which record sound and interviews as often.
        new(["filme", "filmen", "spielfilme", "spielfilmen", "kassetten", "videokassetten", "videos", "dvds"], ["films", "movies", "videos", "videotapes", "DVDs"],
            ["filme", "filmen", "videokassetten"]),
        // Breaches of a rule: "Ab wie vielen Dopingfällen …?" over "bei mehr als zwei Dopingvergehen". Not "Fälle" alone,
        // which counts cases of anything (illness, deaths, accidents: "Todesfälle", "Unfälle").
        new(["dopingfälle", "dopingfällen", "vergehen", "verstöße", "verstößen", "delikte", "delikten"], ["offences", "offenses", "violations"],
            ["vergehen", "verstöße", "verstößen", "delikte", "delikten"]),
    ];

    /// <summary>
    /// The nouns, in <paramref name="language"/>, of the kind <paramref name="word"/> names (not the word itself); none
    /// when it names none of the kinds.
    /// </summary>
    public static IReadOnlyList<string> Of(string word, string language) =>
        KindOf(word) is { } kind
            ? (language == "de" ? kind.German : kind.English).Where(w => !w.Equals(word, StringComparison.OrdinalIgnoreCase)).ToList()
            : [];

    /// <summary>
    /// The German nouns of the asked word's kind that may head a compound in the article ("600 Medienexperten" for "How many
    /// professionals …?", "zwei Dopingvergehen" for "Wie viele Dopingfälle …?"), as they may end the asked word (<see cref="Names"/>);
    /// none in English, whose compounds are words of their own. Read one way only: the listed noun heads the article's word.
    /// </summary>
    public static IReadOnlyList<string> CompoundHeadsOf(string word, string language) =>
        language == "de" && KindOf(word) is { } kind
            ? kind.CompoundHeads.Where(w => !w.Equals(word, StringComparison.OrdinalIgnoreCase)).ToList()
            : [];

    private static Kind? KindOf(string word) => word.Length == 0 ? null : Kinds.FirstOrDefault(k => Names(k, word));

    /// <summary>The word is one of the kind's nouns, in either language, or a German compound ending in one of its compound heads ("Handyhersteller").</summary>
    private static bool Names(Kind kind, string word)
    {
        if (kind.English.Contains(word, StringComparer.OrdinalIgnoreCase) || kind.German.Contains(word, StringComparer.OrdinalIgnoreCase)) return true;
        return char.IsUpper(word[0]) && kind.CompoundHeads.Any(h => word.EndsWith(h, StringComparison.OrdinalIgnoreCase));
    }
}
