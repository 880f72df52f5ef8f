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
                          || (LastWord().Match(text[..span.Start]) is { Success: true } before && (IsVenue(before.Groups["word"].Value) || IsPlaceClass(before.Groups["word"].Value)))
                          // "The MP for Bexley and Sidcup": a member of parliament is named by the place that elected them.
                          || MemberFor().IsMatch(text[..span.Start])
                          // "the St Galmier event", "beim Kitzbühel-Rennen", "the Davos summit": a place names the event held there.
                          || EventAfter().IsMatch(text[span.End..])
                          // "in the borough of Lambeth", "im Bezirk von Graz".
                          || (PlaceClassOf().Match(text[..span.Start]) is { Success: true } of && IsPlaceClass(of.Groups["word"].Value))
                          // "in Peru, the North Sea and Chile": what a list of places goes on with is a place too.
                          || (previousIsPlace && previous is not null && ListJoin().IsMatch(text[previous.End..span.Start]));
            if (isPlace)
                foreach (var word in span.Words) yield return word;
            // "Heimatstadt Weiz" read as one name: the class noun says the rest is a place.
            else if (span.Words.Count > 1 && IsPlaceClass(span.Words[0]))
                foreach (var word in span.Words.Skip(1)) yield return word;
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

    /// <summary>
    /// Nouns of a class of places that a name follows to say which one ("im Stadtteil Giesing", "in der Hafenstadt
    /// Dalian", "seine Heimatstadt Weiz", "the district of Kowloon"), also as a German compound's tail. Here the broad
    /// words count: the name after them is the answer, not the noun itself.
    /// </summary>
    private static readonly FrozenSet<string> PlaceClasses = FrozenSet.ToFrozenSet(
    [
        "stadt", "stadtteil", "viertel", "bezirk", "kiez", "dorf", "gemeinde", "ortsteil", "ortschaft", "wahlkreis", "provinz",
        "kanton", "region", "insel", "town", "city", "village", "district", "neighbourhood", "neighborhood", "borough",
        "suburb", "constituency", "province", "county", "island", "hometown",
    ], StringComparer.OrdinalIgnoreCase);

    private static bool IsPlaceClass(string word)
    {
        var lower = word.ToLowerInvariant();
        return PlaceClasses.Contains(lower) || PlaceClasses.Any(c => c.Length >= 4 && lower.Length > c.Length + 2 && lower.EndsWith(c, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\b(MP|MPs|MSP|MEP|AM|TD|member|Abgeordnete[rn]?)\s+(for|für)\s+(the\s+)?$")]
    private static partial Regex MemberFor();

    /// <summary>Nouns of an event named after its place, right after the name (or joined by a hyphen).</summary>
    [GeneratedRegex(@"^(-|\s+)(event|race|rally|marathon|tournament|championships?|grand\s+prix|festival|summit|conference|games|derby"
        + @"|Rennen|Turnier|Festival|Marathon|Gipfel|Konferenz|Spiele|Derby|Rallye|Weltcup|Weltcuprennen|Abfahrt|Slalom)\b")]
    private static partial Regex EventAfter();

    [GeneratedRegex(@"(?<word>\p{L}+)\s+(of|von)\s+$")]
    private static partial Regex PlaceClassOf();

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
