using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// A sentence that names no year may be dated by a neighbour that refers to it. The sentence after it points back with
/// a year: "… beteiligten sich 38 Architekten und Landschaftsplaner … . Kein einziger wurde angenommen. Das war 1946, …",
/// "… hat dabei 123 Gesetze beschlossen. Dazu kommen 32 Staatsverträge … . Das geht aus der Bilanz der Tagung 2014/15
/// hervor.", "That was in 2001." Or the sentence itself says its time is the one just named: "Die Demonstration war die
/// größte seit 2014. Damals waren zehntausende Ungarn gegen die Einführung einer Internetsteuer auf die Straße gegangen",
/// "In the same year …". A year carried on without such a word is not (a year of the sentence before dates that
/// sentence's fact, not the next one's: "im Dezember 2012 gewählt. Die Partei …").
/// </summary>
internal static partial class YearsByReference
{
    /// <summary>How many sentences back a pointing sentence reaches: the one before it and, when that one names no year of its own, the one before that.</summary>
    private const int Reach = 2;

    /// <summary>
    /// The neighbours of sentence <paramref name="i"/> whose years date it: a later one that points back with a year
    /// (<see cref="PointsBackWithYear"/>) over sentences naming no year, and the one before when <paramref name="i"/> opens
    /// with "damals" / "at the time". None for a sentence that names a year of its own, which dates its own fact.
    /// </summary>
    public static IEnumerable<string> Referring(IReadOnlyList<string> sentences, int i)
    {
        if (NamesYear(sentences[i])) yield break;
        for (var next = i + 1; next <= i + Reach && next < sentences.Count; next++)
        {
            if (PointsBackWithYear(sentences[next])) { yield return sentences[next]; break; }
            if (NamesYear(sentences[next])) break;
        }
        if (i > 0 && SameTime().IsMatch(sentences[i])) yield return sentences[i - 1];
    }

    /// <summary>"Das war 1946, …", "That was in 2001.", "It happened in 1999", "Das geht aus der Bilanz der Tagung 2014/15 hervor".</summary>
    internal static bool PointsBackWithYear(string sentence) => NamesYear(sentence) && (WasInYear(sentence) || FollowsFromDated().IsMatch(sentence));

    private static bool NamesYear(string sentence) => AskedYears.Of(sentence).Any;

    /// <summary>
    /// "Das war 1946, …", "That was in 2001.": the pointer, then a year (<see cref="AskedYears.Year"/>) that closes the clause.
    /// A year the clause goes on from only opens a contrast or a cleft, which dates no sentence before: "Das war 1946 noch
    /// ganz anders." (the sentence before says how it is today), "It was in 1999 that the company was founded." (its own fact).
    /// </summary>
    private static bool WasInYear(string sentence)
    {
        if (PointerBeforeYear().Match(sentence) is not { Success: true } pointer) return false;
        var at = pointer.Index + pointer.Length;
        var year = AskedYears.Year().Match(sentence, at);
        return year.Success && year.Index == at && ClauseEnd().IsMatch(sentence, year.Index + year.Length);
    }

    /// <summary>A pronoun standing for the sentence before, its "was"/"happened", and the words before the year (perhaps "in", "im Jahr").</summary>
    [GeneratedRegex(@"^\W*(das|dies|that|this|it)\s+(war|geschah|passierte|was|happened|took\s+place)\s+((in|im|bereits|schon|back|already|the|year|Jahr|Jahre)\s+)*", RegexOptions.IgnoreCase)]
    private static partial Regex PointerBeforeYear();

    /// <summary>The end of the clause right after the year: a comma, a full stop or other closing mark, or the text's end.</summary>
    [GeneratedRegex(@"\G\s*(?:[,.;:!?–]|$)")]
    private static partial Regex ClauseEnd();

    /// <summary>"Das geht aus … hervor": the sentence before is read from the dated source it names.</summary>
    [GeneratedRegex(@"^\W*(das|dies)\s+geht\s+aus\b.*\bhervor\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowsFromDated();

    /// <summary>"Damals …", "At the time …", "Im selben Jahr …": the time of the sentence before.</summary>
    [GeneratedRegex(@"^\W*(damals|at\s+the\s+time|back\s+then|(im|in)\s+(selben|gleichen|demselben)\s+jahr|(in\s+)?(that|the)\s+same\s+year)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SameTime();
}
