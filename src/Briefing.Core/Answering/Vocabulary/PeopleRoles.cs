using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// What a count of people asks them to have done or suffered: "Wie viele Menschen wurden festgenommen?" is not
/// answered by "40 Menschen wurden verletzt", "Wie viele Leute dürfen auf der Fähre arbeiten?" not by "9.000 Menschen
/// warten auf eine Fähre". News counts people in a few roles that exclude one another (arrested, injured, killed,
/// missing, rescued or evacuated, taken to hospital, waiting or stranded, working, living somewhere); a sentence that writes another of
/// them and not the asked one counts other people. A sentence that writes none may word the asked one otherwise.
/// </summary>
internal static partial class PeopleRoles
{
    /// <summary>People arrested; also an act whose undoing (a release) answers another question (<see cref="ActFamilies"/>).</summary>
    internal static readonly AskedAndShown Arrested = new(ArrestedAsked(), ArrestedShown());

    /// <summary>People killed or dead; also the death that a birth's question is not answered by (<see cref="ActFamilies"/>).</summary>
    internal static readonly AskedAndShown Killed = new(KilledAsked(), KilledShown());

    private static readonly AskedAndShown Injured = new(InjuredAsked(), InjuredShown());

    private static readonly AskedAndShown Hospital = new(HospitalAsked(), HospitalShown());

    /// <summary>
    /// Roles that do not exclude each other: people taken to hospital are mostly the injured, so "Zwölf Menschen wurden ins
    /// Krankenhaus gebracht" may answer "Wie viele Menschen wurden verletzt?", and the reverse.
    /// </summary>
    private static readonly (AskedAndShown, AskedAndShown)[] Compatible = [(Injured, Hospital)];

    /// <summary>The roles, also read as the predicate a sentence words otherwise (<see cref="RelationParaphrases"/>).</summary>
    internal static readonly AskedAndShown[] Roles =
    [
        Arrested,
        Injured,
        Killed,
        new(MissingAsked(), MissingShown()),
        new(RescuedAsked(), RescuedShown()),
        Hospital,
        new(WaitingAsked(), WaitingShown()),
        new(WorkingAsked(), WorkingShown()),
        new(LivingAsked(), LivingShown()),
    ];

    /// <summary>
    /// Whether <paramref name="sentence"/> counts people in another role than the one <paramref name="question"/> asks:
    /// it writes another role of the list and not the asked one. False when the question asks none of them; a role
    /// <see cref="Compatible"/> with the asked one is no other.
    /// </summary>
    public static bool CountsAnotherRole(string question, string sentence)
    {
        var asked = Roles.Where(r => r.Asked.IsMatch(question)).ToList();
        if (asked.Count == 0 || asked.Any(r => r.Shown.IsMatch(sentence))) return false;
        return Roles.Except(asked).Where(r => !asked.Any(a => AreCompatible(a, r))).Any(r => r.Shown.IsMatch(sentence));
    }

    private static bool AreCompatible(AskedAndShown one, AskedAndShown other) =>
        Compatible.Any(pair => (pair.Item1 == one && pair.Item2 == other) || (pair.Item1 == other && pair.Item2 == one));

    [GeneratedRegex(@"\b(festgenommen|verhaftet|inhaftiert|arrested|detained|held)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArrestedAsked();

    [GeneratedRegex(@"(festgenommen|festnahme|verhaft|inhaftiert|in\s+gewahrsam|arrest|detain|custody)", RegexOptions.IgnoreCase)]
    private static partial Regex ArrestedShown();

    [GeneratedRegex(@"\b(verletzt|verwundet|injured|wounded|hurt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex InjuredAsked();

    [GeneratedRegex(@"(verletz|verwund|injur|wounded|\bhurt\b)", RegexOptions.IgnoreCase)]
    private static partial Regex InjuredShown();

    [GeneratedRegex(@"\b(getötet|starben|gestorben|ums\s+leben|tot|tote|erschossen|erstochen|ermordet|killed|died|dead|perished|murdered)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KilledAsked();

    /// <summary>Also the verbs that say how ("zwölf Menschen erschossen", "shot dead six", "stabbed to death"): news rarely adds "getötet" to them.</summary>
    [GeneratedRegex(@"(getötet|starb|gestorben|ums\s+leben|\btote|\btot\b|todesopfer|leichen|erschoss|erstach|erstochen|ermordet|umgebracht|killed|\bdied\b|\bdead\b|deaths|death\s+toll|perished|fatalit|bodies|murdered|to\s+death)", RegexOptions.IgnoreCase)]
    private static partial Regex KilledShown();

    [GeneratedRegex(@"\b(vermisst|missing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MissingAsked();

    [GeneratedRegex(@"(vermisst|missing|unaccounted)", RegexOptions.IgnoreCase)]
    private static partial Regex MissingShown();

    [GeneratedRegex(@"\b(gerettet|evakuiert|geborgen|rescued|evacuated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RescuedAsked();

    [GeneratedRegex(@"(gerettet|rettung|evakuier|geborgen|rescue|evacuat)", RegexOptions.IgnoreCase)]
    private static partial Regex RescuedShown();

    /// <summary>
    /// "Wie viele Bewohner kamen ins Krankenhaus?" is not answered by "von den zehn Bewohnern leben nur noch sechs im Haus":
    /// people taken to hospital are counted by the place they were brought to.
    /// </summary>
    [GeneratedRegex(@"\b(ins\s+(krankenhaus|spital|klinikum)|in\s+(ein|das)\s+(krankenhaus|spital)|(to|in)\s+(a\s+|the\s+)?hospital|hospitali[sz]ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HospitalAsked();

    /// <summary>From the word's start, so a "Spitalgasse" still counts but "hospitality" does not.</summary>
    [GeneratedRegex(@"\b(krankenhaus|spital|klinik|hospital(?!ity))", RegexOptions.IgnoreCase)]
    private static partial Regex HospitalShown();

    [GeneratedRegex(@"\b(warten|warteten|festsitzen|saßen\s+fest|gestrandet|stranded|waiting|stuck)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WaitingAsked();

    [GeneratedRegex(@"(\bwarte|festsitz|\bfest\b|gestrandet|stranded|waiting|\bstuck\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WaitingShown();

    /// <summary>"Wie viele Menschen lebten in X?" asks the population, not "die Zahl der Arbeitslosen sank um 1,5 Millionen".</summary>
    [GeneratedRegex(@"\b(leben|lebt|lebte|lebten|wohnen|wohnt|wohnte|wohnten|live|lives|lived|inhabit|inhabited)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LivingAsked();

    [GeneratedRegex(@"(\bleb|\bwohn|einwohner|bevölkerung|\blive|\bliving|resident|inhabit|population|populace)", RegexOptions.IgnoreCase)]
    private static partial Regex LivingShown();

    [GeneratedRegex(@"\b(arbeiten|arbeitet|arbeiteten|beschäftigt|work|works|worked|working|employed|employs)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkingAsked();

    [GeneratedRegex(@"(arbeit|beschäftig|mitarbeiter|angestellt|belegschaft|personal|besatzung|crew|\bstaff|employ|worker|workforce|\bwork)", RegexOptions.IgnoreCase)]
    private static partial Regex WorkingShown();
}
