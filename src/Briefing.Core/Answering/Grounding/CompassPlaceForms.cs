using System.Text.RegularExpressions;
using Briefing.Core.Lexicon;
using Briefing.Core.Search;

namespace Briefing.Core.Answering;

/// <summary>
/// A place named by a compass point or "new" in the other language's spelling, for the details check: German writes one
/// compound ("Südamerika", "Neufrankreich"), English two words ("South America", "New France") (<see cref="CompassPlaces"/>).
/// Neither language's article shows the other's words one by one: the German article's "Südamerikas" shows no "South",
/// and its "Amerika" only inside the compound; the English article's "New France" no "Neufrankreich". So the question's
/// name is also the other language's form, the place translated as the dictionary gives it (the expansions' groups).
/// </summary>
internal static partial class CompassPlaceForms
{
    /// <summary>
    /// The other language's forms of the name at <paramref name="at"/> of <paramref name="question"/>: for a German
    /// compound the English point and place ("Neufrankreich" → "New France"); for an English point or the place after it
    /// the German compound ("South", "America" of "South America" → "Südamerika"). None for any other name.
    /// </summary>
    public static IReadOnlyList<string> Of(string question, int at, string name, string language, IReadOnlyList<WeightedTerm> expansions)
    {
        if (language == "de")
            return CompassPlaces.SplitGerman(name) is { } split
                ? [.. Places(split.Place, "de", "en", expansions).SelectMany(place => split.English.Select(point => $"{point} {place}"))]
                : [];
        if (language != "en") return [];
        // "South" before its place, or the place after its point.
        if (CompassPlaces.GermanPoint(name) is { } point && WordAfter().Match(question, at + name.Length) is { Success: true } next && IsPlaceWord(next.Groups["word"].Value))
            return Compounds(point, next.Groups["word"].Value, expansions);
        if (WordBefore().Match(question[..at]) is { Success: true } before && CompassPlaces.GermanPoint(before.Groups["word"].Value) is { } pointBefore && IsPlaceWord(name))
            return Compounds(pointBefore, name, expansions);
        return [];
    }

    private static IReadOnlyList<string> Compounds(string point, string place, IReadOnlyList<WeightedTerm> expansions) =>
        [.. Places(place, "en", "de", expansions).Select(german => point + char.ToLowerInvariant(german[0]) + german[1..])];

    /// <summary>
    /// The place's translations that are names of one word ("Frankreich" → "France", "England" → "England"), which the
    /// compound joins. None for a rest the dictionary gives common words for ("Neuwahl": "Wahl" → election): no place.
    /// </summary>
    private static IEnumerable<string> Places(string place, string language, string other, IReadOnlyList<WeightedTerm> expansions) =>
        expansions.Where(e => e.Language == other && !e.Synonym && e.Group == $"{language}:{place}" && IsPlaceWord(e.Text)).Select(e => e.Text)
            .Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>A capitalised word as long as <see cref="CompassPlaces"/> reads a compound's rest: shorter ones are word endings.</summary>
    private static bool IsPlaceWord(string word) => word.Length >= CompassPlaces.MinPlace && char.IsUpper(word[0]) && word.All(char.IsLetter);

    [GeneratedRegex(@"\G\s+(?<word>\p{L}+)")]
    private static partial Regex WordAfter();

    [GeneratedRegex(@"(?<word>\p{L}+)\s+$")]
    private static partial Regex WordBefore();
}
