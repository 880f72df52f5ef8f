using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// What in a sentence can answer "where" / "woher" / "wo": names of places (<see cref="NameSpans"/>), and also what
/// news gives as the place without a place name of its own — an institution where something happened ("at his old
/// university, Riverside College", "an der Universität Nordstadt"), the places of a list after the first one ("in Peru,
/// the North Sea and Chile"), and a venue or district noun after a preposition ("am Flughafen der Hauptstadt", "aus dem
/// Landkreis Vulkaneifel", "at the station").
/// </summary>
internal static partial class PlaceAnswers
{
    /// <summary>The answering words as written: name words, or the venue noun itself.</summary>
    public static IEnumerable<string> In(string text, string language, NameDetector names)
    {
        NameSpan? previous = null;
        var previousIsPlace = false;
        foreach (var span in NameSpans.Named(text, language, names))
        {
            var isPlace = span.Kind == NameKind.Place
                          // "at Riverside College", "an der Universität ...": an institution where it happened; a name
                          // nothing marks only after "at" / "from" ("in their Bible study" names no place).
                          || (span.Kind == NameKind.Organisation && PrepositionBefore(text[..span.Start], language) is not null)
                          || (span.Kind == NameKind.Unknown && PrepositionBefore(text[..span.Start], language) is "at" or "from" or "aus")
                          // "Landkreis Vulkaneifel", "Flughafen Tegel": the name of the venue.
                          || (LastWord().Match(text[..span.Start]) is { Success: true } before && IsVenue(before.Groups["word"].Value))
                          // "in Peru, the North Sea and Chile": what a list of places goes on with is a place too.
                          || (previousIsPlace && previous is not null && ListJoin().IsMatch(text[previous.End..span.Start]));
            if (isPlace)
                foreach (var word in span.Words) yield return word;
            previous = span;
            previousIsPlace = isPlace;
        }
        foreach (Match noun in VenueAfterPreposition().Matches(text))
        {
            if (language == "en" && noun.Groups["prep"].Value.Equals("an", StringComparison.OrdinalIgnoreCase)) continue;
            // "am Flughafen der Hauptstadt": the venue may be the first word after the preposition or follow an adjective.
            if (noun.Groups["adj"].Success && IsVenue(noun.Groups["adj"].Value.Trim())) yield return noun.Groups["adj"].Value.Trim();
            else if (IsVenue(noun.Groups["noun"].Value)) yield return noun.Groups["noun"].Value;
        }
    }

    /// <summary>
    /// Nouns of a place where things happen or people come from; a German compound ending in one counts too
    /// ("Hauptbahnhof", "Landkreis", "Bezirkskrankenhaus"). Broad words of geography (Land, Stadt, region) are left
    /// out: "in der Stadt" says no more than the question.
    /// </summary>
    private static readonly FrozenSet<string> Venues = FrozenSet.ToFrozenSet(
    [
        "flughafen", "bahnhof", "hafen", "krankenhaus", "klinik", "spital", "gefängnis", "universität", "hochschule",
        "schule", "kirche", "botschaft", "landkreis", "stadion", "schloss", "hotel", "kaserne", "grenze", "grenzübergang",
        "airport", "station", "port", "harbour", "harbor", "hospital", "prison", "jail", "university", "college", "school",
        "church", "embassy", "stadium", "castle", "hotel", "barracks", "border",
    ], StringComparer.OrdinalIgnoreCase);

    private static bool IsVenue(string word)
    {
        var lower = word.ToLowerInvariant();
        return Venues.Contains(lower) || Venues.Any(v => v.Length >= 4 && lower.Length > v.Length + 2 && lower.EndsWith(v, StringComparison.Ordinal));
    }

    /// <summary>A preposition of place (and article) right before a name: "at", "an der", "in the", "aus dem".</summary>
    [GeneratedRegex(@"\b(?<prep>at|in|from|an|am|im|aus|auf|vor|bei|beim)(\s+(the|his|her|its|their|der|dem|den|des|die|das|seiner|ihrer))?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionBeforeRegex();

    /// <remarks>English "an" is the article ("an Apple spokesman"), German "an" the preposition ("an der Universität").</remarks>
    /// <returns>The preposition, lower-cased, or null.</returns>
    private static string? PrepositionBefore(string before, string language) =>
        PrepositionBeforeRegex().Match(before) is { Success: true } m && !(language == "en" && m.Groups["prep"].Value.Equals("an", StringComparison.OrdinalIgnoreCase))
            ? m.Groups["prep"].Value.ToLowerInvariant() : null;

    /// <summary>Between two places of one list: a comma or "and"/"und"/"or"/"oder", perhaps with an article.</summary>
    [GeneratedRegex(@"^\s*(,|,?\s*(and|und|or|oder|sowie))\s+((the|der|die|das|dem|den)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ListJoin();

    [GeneratedRegex(@"\b(?<prep>at|in|from|near|outside|an|am|im|aus|vom|beim|bei|vor)\s+(the|his|her|its|their|a|der|dem|den|des|die|das|einem|einer|seiner|ihrer)?\s*(?<adj>\p{L}+\s+)?(?<noun>\p{L}+)", RegexOptions.IgnoreCase)]
    private static partial Regex VenueAfterPreposition();

    [GeneratedRegex(@"(?<word>\p{L}+),?\s+$")]
    private static partial Regex LastWord();
}
