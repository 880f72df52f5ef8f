namespace Briefing.Core.Answering;

/// <summary>
/// Nouns that count the same kind of people or firms: "Wie viele Gäste werden erwartet?" is answered by "Die 140
/// Teilnehmer aus 22 Ländern …", "Vor wie vielen Reportern …?" by "vor rund 130 Journalisten", "How many companies …?"
/// by "a survey of 10,227 firms", "Wie viele Handyhersteller …?" by "acht Smartphone-Anbieter". A report counts whom a
/// question counts by the noun of its own choice, and the dictionary does not relate such nouns (they share no
/// translation), so a figure right before a noun of the asked noun's kind counts the asked thing, as the dictionary's
/// other words for it do (<see cref="SentenceCandidates"/>'s other-word terms, like <see cref="ClassNouns"/>).
/// </summary>
/// <remarks>
/// Kinds, not "any person noun": the article on a conference that counts its 140 participants also counts the 2,100
/// police officers guarding it and the 150 protesters outside; only the participants are its guests. So each kind is a
/// role people (or firms) are counted in, and a noun of another kind — a person noun is no firm, a police officer no
/// guest — counts something else. No generic word ("Menschen", "people") is in a kind: it says nothing of the role
/// (<see cref="ClassNouns"/>' remarks). German nouns also end compounds ("Handyhersteller", "Spitzenpolitiker" does
/// not: only the listed heads); both languages' words are in each kind, so a question in one language reads a
/// figure in the other.
/// </remarks>
internal static class CountedKinds
{
    private sealed record Kind(string[] German, string[] English);

    private static readonly Kind[] Kinds =
    [
        // Who attends: guests, participants, visitors, spectators.
        new(["gäste", "gästen", "teilnehmer", "teilnehmern", "teilnehmerinnen", "besucher", "besuchern", "besucherinnen",
             "zuschauer", "zuschauern", "zuschauerinnen", "zuseher", "zusehern", "delegierte", "delegierten"],
            ["guests", "participants", "attendees", "visitors", "spectators", "delegates"]),
        // Who works for an employer.
        new(["mitarbeiter", "mitarbeitern", "mitarbeiterinnen", "mitarbeitende", "mitarbeitenden", "beschäftigte", "beschäftigten",
             "angestellte", "angestellten", "bedienstete", "bediensteten", "arbeitnehmer", "arbeitnehmern"],
            ["staff", "staffers", "employees", "workers", "personnel"]),
        // Who lives somewhere.
        new(["einwohner", "einwohnern", "einwohnerinnen", "bewohner", "bewohnern", "bewohnerinnen"], ["residents", "inhabitants"]),
        // Who reports.
        new(["reporter", "reportern", "reporterinnen", "journalisten", "journalistinnen", "medienvertreter", "medienvertretern",
             "pressevertreter", "pressevertretern"],
            ["reporters", "journalists", "correspondents"]),
        // Who holds a seat in a parliament.
        new(["abgeordnete", "abgeordneten", "mandatare", "mandataren", "parlamentarier", "parlamentariern", "senatoren",
             "volksvertreter", "volksvertretern"],
            ["lawmakers", "legislators", "deputies", "mps", "senators", "congressmen"]),
        // Who plays for a team.
        new(["spieler", "spielern", "spielerinnen", "profis", "akteure", "akteuren", "kicker", "fußballer", "fußballern"],
            ["players", "footballers"]),
        // Who may vote.
        // Not "Stimmen"/"votes": a vote is no voter, and "einer einzigen übertragbaren Stimme" then counted the asked
        // Stimmberechtigten (XQuAD de-de), though "5,2 Millionen Stimmen" answers how many voted for a party (probe 43-072).
        new(["wähler", "wählern", "wählerinnen", "wahlberechtigte", "wahlberechtigten", "stimmberechtigte", "stimmberechtigten"],
            ["voters", "electors"]),
        // Firms, and what they make or sell.
        new(["unternehmen", "firmen", "konzerne", "konzernen", "hersteller", "herstellern", "anbieter", "anbietern", "betriebe", "betrieben"],
            ["companies", "firms", "businesses", "manufacturers", "makers", "providers", "corporations"]),
        // Banks.
        new(["banken", "geldhäuser", "geldhäusern", "geldinstitute", "geldinstituten", "kreditinstitute", "kreditinstituten"],
            ["banks", "lenders"]),
        // Who works beside one at school or work: "Wie viele Mitschüler …?" over "mit 30 Kollegen".
        new(["kollegen", "kolleginnen", "mitschüler", "mitschülern", "mitschülerinnen", "klassenkameraden", "schulkameraden", "schulkollegen"],
            ["colleagues", "classmates", "schoolmates"]),
        // Who is asked for expert knowledge: "How many media professionals …?" over "mit mehr als 600 Medienexperten".
        new(["experten", "expertinnen", "fachleute", "fachleuten", "spezialisten", "spezialistinnen"],
            ["experts", "professionals", "specialists"]),
        // What a scorer scores: "Wie viele Treffer gelangen ihm?" over "erzielte 27 Tore".
        new(["tore", "toren", "treffer", "treffern"], ["goals"]),
        // What a cyclist wins at a stage race: "Wie viele Tagessiege …?" over "gewann er 26 Etappen".
        new(["etappen", "etappensiege", "etappensiegen", "tagessiege", "tagessiegen"], ["stages"]),
        // Who backs a list or petition by signing: "How many signatures …?" over "braucht sie 50 Unterstützungserklärungen".
        new(["unterschriften", "unterstützungserklärungen", "unterzeichner", "unterzeichnern"], ["signatures", "signatories"]),
        // What is asked of a service or office: "How many queries …?" over "277 million enquiries were made".
        new(["anfragen", "suchanfragen", "abfragen"], ["queries", "enquiries", "inquiries", "requests", "searches"]),
        // Where something is set up: "At how many sites …?" over "in more than 700 locations".
        new(["standorte", "standorten", "orte", "orten"], ["sites", "locations"]),
        // Where people live, counted by dwelling: "How many households …?" over "about 300 homes".
        new(["haushalte", "haushalten", "wohnungen", "häuser", "häusern"], ["households", "homes", "houses"]),
        // A band's releases: "Wie viele Platten haben The Slits veröffentlicht?" over "nach drei Alben" (not "records", which a sprinter breaks).
        new(["platten", "schallplatten", "alben", "tonträger", "tonträgern"], ["albums", "LPs"]),
        // Breaches of a rule: "Ab wie vielen Dopingfällen …?" over "bei mehr als zwei Dopingvergehen".
        new(["fälle", "fällen", "vergehen", "verstöße", "verstößen", "delikte", "delikten"], ["offences", "offenses", "violations"]),
    ];

    /// <summary>German heads shorter than this match inside unrelated words.</summary>
    private const int MinHead = 5;

    /// <summary>
    /// The nouns, in <paramref name="language"/>, of the kind <paramref name="word"/> names (not the word itself); none
    /// when it names none of the kinds.
    /// </summary>
    public static IReadOnlyList<string> Of(string word, string language) =>
        Kinds.FirstOrDefault(k => Names(k, word)) is { } kind
            ? (language == "de" ? kind.German : kind.English).Where(w => !w.Equals(word, StringComparison.OrdinalIgnoreCase)).ToList()
            : [];

    /// <summary>
    /// The German nouns of the asked word's kind that may end a compound in the article ("600 Medienexperten" for "How many
    /// professionals …?", "zwei Dopingvergehen" for "Wie viele Dopingfälle …?"), as they may end the asked word (<see cref="Names"/>);
    /// none in English, whose compounds are words of their own.
    /// </summary>
    public static IReadOnlyList<string> CompoundHeadsOf(string word, string language) =>
        language == "de" ? Of(word, language).Where(w => w.Length >= MinHead).ToList() : [];

    /// <summary>The word is one of the kind's nouns, in either language, or a German compound ending in one ("Handyhersteller").</summary>
    private static bool Names(Kind kind, string word)
    {
        if (kind.English.Contains(word, StringComparer.OrdinalIgnoreCase) || kind.German.Contains(word, StringComparer.OrdinalIgnoreCase)) return true;
        return char.IsUpper(word[0]) && kind.German.Any(h => h.Length >= MinHead && word.EndsWith(h, StringComparison.OrdinalIgnoreCase));
    }
}
