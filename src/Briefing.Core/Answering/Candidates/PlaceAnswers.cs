using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Briefing.Core.Text;

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
    public static IEnumerable<string> In(string text, string language, NameDetector names) =>
        Located(text, language, names).Select(p => p.Word);

    /// <summary>
    /// The answering words whose place the sentence itself says: after a preposition or noun of place, as a venue, in a
    /// list of places — not a name only a dictionary lists as a place or an inhabitant, which news also writes as a
    /// source ("Strachan told the BBC"), a people ("the Moroccan, who ...") or part of a title ("Hit 40 UK rundown").
    /// A sentence holding such a place answers "where" more surely than one that merely mentions a country.
    /// </summary>
    public static IEnumerable<string> SaidByContext(string text, string language, NameDetector names) =>
        Located(text, language, names).Where(p => p.ByContext).Select(p => p.Word);

    /// <summary>
    /// The answering words a noun of a class of places introduces ("im Stadtteil Wedding", "in der Region Phang Nga", "the
    /// borough of Lambeth", "seine Heimatstadt Weiz"), as <see cref="AnswerCandidates.NameKey"/> keys: the sentence itself
    /// says what kind of place they are, as a "which district" question asks.
    /// </summary>
    public static IReadOnlySet<string> AfterClassNoun(string text, string language, NameDetector names)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var span in NameSpans.Named(text, language, names))
        {
            var before = text[..span.Start];
            if ((LastWord().Match(before) is { Success: true } last && IsPlaceClass(last.Groups["word"].Value))
                || (PlaceClassOf().Match(before) is { Success: true } of && IsPlaceClass(of.Groups["word"].Value)))
                keys.UnionWith(span.Words.Select(AnswerCandidates.NameKey));
            else if (span.Words.Count > 1 && IsPlaceClass(span.Words[0]))
                keys.UnionWith(span.Words.Skip(1).Select(AnswerCandidates.NameKey));
        }
        foreach (var word in ClassedWords(text, language, names)) keys.Add(AnswerCandidates.NameKey(word));
        return keys;
    }

    /// <summary>
    /// "im Stadtteil Wedding", "in der nordchinesischen Hafenstadt Dalian": a capitalised word right after a noun of a
    /// class of places names the place, though the name detector read it as a word of the other language ("wedding") or
    /// as a compound of listed parts; only a word the sentence's dictionary lists as a common noun ("in der Region
    /// Arbeitsplätze") is none.
    /// </summary>
    private static IEnumerable<string> ClassedWords(string text, string language, NameDetector names)
    {
        var found = names.In(text, language).ToHashSet(StringComparer.Ordinal);
        foreach (Match classed in ClassedWord().Matches(text))
        {
            var word = classed.Groups["word"].Value;
            if (found.Contains(word) || !IsPlaceClass(classed.Groups["class"].Value) || FunctionWords.IsFunctionWord(word)
                || names.IsCommonWord(word, language) == true) continue;
            yield return word;
        }
    }

    private static IEnumerable<(string Word, bool ByContext)> Located(string text, string language, NameDetector names)
    {
        NameSpan? previous = null;
        var previousIsPlace = false;
        var previousByContext = false;
        foreach (var span in NameSpans.Named(text, language, names))
        {
            var before = text[..span.Start];
            var marked = (span.Kind == NameKind.Organisation && PrepositionBefore(before, language) is not null)
                         // "at Riverside College", "an der Universität ...": an institution where it happened; a name
                         // nothing marks only after "at" / "from" ("in their Bible study" names no place).
                         || (span.Kind == NameKind.Unknown && PrepositionBefore(before, language) is "at" or "from" or "aus")
                         // "The line would go out as far as Maidenhead", "Die Strecke reicht bis nach Trenčín": how far it goes.
                         || (span.Kind == NameKind.Unknown && FarAs().IsMatch(before))
                         // "auf dem Wiener Schwedenplatz", "in die Sky-Bar", "at the Great American Music Hall": a name that
                         // ends in a noun of a venue or street is one, after any preposition of place.
                         || (PrepositionBefore(before, language) is not null && IsNamedVenue(VenueWord(text, span), language))
                         // "Landkreis Vulkaneifel", "Flughafen Tegel": the name of the venue.
                         || (LastWord().Match(before) is { Success: true } last && (IsVenue(last.Groups["word"].Value) || IsPlaceClass(last.Groups["word"].Value)))
                         // "The MP for Bexley and Sidcup": a member of parliament is named by the place that elected them.
                         || MemberFor().IsMatch(before)
                         // "the St Galmier event", "beim Kitzbühel-Rennen", "the Davos summit": a place names the event held there.
                         || EventAfter().IsMatch(text[span.End..])
                         // "Kent is likely to be the site of the UK's first Wimax network", "Leipzig wird Austragungsort des Finales":
                         // a name the sentence says is the site of the event is where it happens, though it stands first in the sentence.
                         || SiteAfter().IsMatch(text[span.End..])
                         // "in the borough of Lambeth", "im Bezirk von Graz", "im Meereskundemuseum von Perth": the venue's town.
                         || (PlaceClassOf().Match(before) is { Success: true } of && (IsPlaceClass(of.Groups["word"].Value) || IsVenue(of.Groups["word"].Value)));
            // "in Peru, the North Sea and Chile": what a list of places goes on with is a place too.
            var listed = previousIsPlace && previous is not null && ListJoin().IsMatch(text[previous.End..span.Start]);
            // "dem Bürgermeister von Schattendorf, wo ...", "neben Nickelsdorf": a German town by its ending, which few surnames
            // have, that no dictionary lists.
            var town = language == "de" && span.Kind == NameKind.Unknown && span.Words.Count == 1 && GermanNameEndings.HasTownEnding(span.Words[0]);
            var isPlace = marked || listed || span.Kind == NameKind.Place || town;
            var byContext = marked || (listed && previousByContext) || (span.Kind == NameKind.Place && PlaceContext(text, span, language))
                            || (town && NameContext.TownPrepositionBefore().IsMatch(before));
            if (isPlace)
                foreach (var word in span.Words) yield return (word, byContext);
            // "Heimatstadt Weiz" read as one name: the class noun says the rest is a place.
            else if (span.Words.Count > 1 && IsPlaceClass(span.Words[0]))
                foreach (var word in span.Words.Skip(1)) yield return (word, true);
            previous = span;
            previousIsPlace = isPlace;
            previousByContext = byContext;
        }
        foreach (var word in ClassedWords(text, language, names)) yield return (word, true);
        foreach (Match noun in VenueAfterPreposition().Matches(text))
        {
            if (language == "en" && noun.Groups["prep"].Value.Equals("an", StringComparison.OrdinalIgnoreCase)) continue;
            // "am Flughafen der Hauptstadt": the venue may be the first word after the preposition or follow an adjective.
            if (noun.Groups["adj"].Success && IsVenue(noun.Groups["adj"].Value.Trim())) yield return (noun.Groups["adj"].Value.Trim(), true);
            else if (IsVenue(noun.Groups["noun"].Value)) yield return (noun.Groups["noun"].Value, true);
        }
    }

    /// <summary>
    /// A place name the words around it mark as one: a preposition of place before it ("in Hull", "at Coventry", "aus
    /// Malawi"), a place noun before or after it ("the city of Ibadan", "King's Cross station"), "-based" / "-born".
    /// </summary>
    private static bool PlaceContext(string text, NameSpan span, string language)
    {
        var before = text[..span.Start];
        if (PrepositionBefore(before, language) is not null) return true;
        // "im australischen Brisbane", "in nearby Harrogate": an adjective of where it lies after the preposition.
        if (PrepositionAdjectiveBefore().Match(before) is { Success: true } described && NameContext.IsLocatingAdjective(described.Groups["adj"].Value, language)) return true;
        if (WordBefore().Match(before) is { Success: true } word
            && (NameContext.PlacePrepositions.Contains(word.Groups["word"].Value) || NameContext.PlaceNouns.Contains(word.Groups["word"].Value)
                || IsDestination(word.Groups["word"].Value))) return true;
        if (span.Words.Count > 1 && NameContext.PlaceNouns.Contains(span.Words[^1])) return true;
        var after = text[span.End..];
        if (BasedOrBorn().IsMatch(after)) return true;
        return WordAfter().Match(after) is { Success: true } next && char.IsLower(next.Groups["word"].Value[0])
               && NameContext.PlaceNouns.Contains(next.Groups["word"].Value);
    }

    /// <summary>
    /// "high commissioner to South Africa", "moved to Spain": before a name that is a place already, "to" says where
    /// someone goes (German's "nach" is a place preposition of its own). Not for names of other kinds: "talked to Smith".
    /// </summary>
    private static bool IsDestination(string word) => word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("into", StringComparison.OrdinalIgnoreCase);

    /// <summary>The word before a name, an article skipped: "in the UK" → in, "Stadt Graz" → Stadt.</summary>
    [GeneratedRegex(@"(?<word>\p{L}+)\s+((" + ArticleAlternations.Definite + @")\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WordBefore();

    /// <summary>"Sheffield-based", "London-born".</summary>
    [GeneratedRegex(@"^-(based|born)\b")]
    private static partial Regex BasedOrBorn();

    [GeneratedRegex(@"^\s+(?<word>\p{L}+)")]
    private static partial Regex WordAfter();

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
        // Where people sit or meet inside a building: "von der Zuschauergalerie", "in der Hotelbar", "in the main hall".
        "galerie", "tribüne", "saal", "halle", "bar", "gallery", "hall",
        // Where shows and exhibitions are held: "at the Alex Theater", "im Meereskundemuseum von Perth", "in der Stadthalle".
        "museum", "theater", "theatre", "arena", "kino", "cinema",
        // Grounds a festival or a landing uses: "am Flugplatz Mendig", "at the airfield".
        "flugplatz", "airfield",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The last word of a venue's or street's own name ("Schwedenplatz", "Sky-Bar", "Music Hall", "Downing Street"): a
    /// venue noun or a noun of a street or square, as a word, a compound's tail or after a hyphen.
    /// </summary>
    /// <remarks>
    /// A German compound's tail counts ("Jakominiplatz", "Zuschauergalerie"), even when the name detector took the two
    /// words for a person's ("Grazer Jakominiplatz"); English writes the noun as a word of its own, and "Marshall" ends in
    /// "hall" by chance.
    /// </remarks>
    private static bool IsNamedVenue(string word, string language)
    {
        var tail = word[(word.LastIndexOf('-') + 1)..];
        if (tail.Length == 0) return false;
        var lower = tail.ToLowerInvariant();
        if (Venues.Contains(lower) || Streets.Contains(lower)) return true;
        return language == "de" && (IsVenue(tail) || Streets.Any(s => s.Length >= 4 && lower.Length > s.Length + 2 && lower.EndsWith(s, StringComparison.Ordinal)));
    }

    /// <summary>The name's last word, or the word it is hyphenated to ("Sky-Bar": the name is "Sky", the venue noun "Bar").</summary>
    private static string VenueWord(string text, NameSpan span) =>
        HyphenatedWord().Match(text, span.End) is { Success: true } joined && joined.Index == span.End ? joined.Groups["word"].Value : span.Words[^1];

    [GeneratedRegex(@"\G-(?<word>\p{L}+)")]
    private static partial Regex HyphenatedWord();

    /// <summary>Nouns of a street or square, which name a place only as part of a name ("Mariahilfer Straße"); "on the street" alone says nothing.</summary>
    private static readonly FrozenSet<string> Streets = FrozenSet.ToFrozenSet(
    [
        "platz", "straße", "strasse", "gasse", "allee", "square", "street", "road", "avenue", "lane",
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
        // "im Bundesstaat Himachal Pradesh", "aus dem Kreis Bernkastel-Wittlich", "das Nachbarland Schweiz", "the state of Goa".
        "staat", "kreis", "bundesland", "nachbarland", "state",
        // "Im Schwarzmeerort Rize", "sein Heimatort Kampen": German writes a town as "-ort"; the tail alone is too short to
        // match ("Sport", "Export") and "vor Ort" names no town, so the compounds news uses are listed, with the site nouns
        // ("am Austragungsort Leipzig", "der Spielort Wembley").
        "heimatort", "wohnort", "geburtsort", "urlaubsort", "ferienort", "badeort", "kurort", "skiort", "küstenort",
        "grenzort", "nachbarort", "schwarzmeerort", "hafenort", "wallfahrtsort",
        .. GermanSiteNouns.Split('|'),
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// German nouns of the site of an event ("Austragungsort", "Spielort", "Schauplatz"): a name after them is where it
    /// happens (<see cref="PlaceClasses"/>), and so is a name the sentence says is one (<see cref="SiteAfter"/>).
    /// </summary>
    private const string GermanSiteNouns = "Austragungsort|Veranstaltungsort|Spielort|Tagungsort|Standort|Schauplatz";

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

    /// <summary>
    /// A copula and a noun of the site of an event right after the name, and what it is the site of: "is the site of",
    /// "will be the venue for", "is likely to be the scene of", "ist Schauplatz des", "wird Austragungsort der".
    /// </summary>
    /// <remarks>
    /// Without "of" / "for" / "des" / "der" / "für" the noun is often no site: "MySpace is the site teenagers use most",
    /// "Facebook was the site's biggest ...".
    /// </remarks>
    [GeneratedRegex(@"^\s+(is|was|will\s+be|would\s+be|has\s+been|is\s+(likely|expected|set|due)\s+to\s+be|ist|war|wird|wurde|bleibt)\s+"
        + @"((the|der|die|das)\s+)?(site|venue|scene|location|" + GermanSiteNouns + @")\s+(of|for|des|der|für)\b")]
    private static partial Regex SiteAfter();

    private static bool IsVenue(string word)
    {
        var lower = word.ToLowerInvariant();
        return Venues.Contains(lower) || Venues.Any(v => v.Length >= 4 && lower.Length > v.Length + 2 && lower.EndsWith(v, StringComparison.Ordinal));
    }

    /// <summary>A preposition of place (and article) right before a name: "at", "an der", "in the", "aus dem".</summary>
    [GeneratedRegex(@"\b(?<prep>at|in|from|an|am|im|aus|auf|vor|bei|beim)(\s+(" + ArticleAlternations.DefiniteOrPossessive + @"))?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PrepositionBeforeRegex();

    /// <remarks>English "an" is the article ("an Apple spokesman"), German "an" the preposition ("an der Universität").</remarks>
    /// <returns>The preposition, lower-cased, or null.</returns>
    private static string? PrepositionBefore(string before, string language) =>
        PrepositionBeforeRegex().Match(before) is { Success: true } m && !(language == "en" && m.Groups["prep"].Value.Equals("an", StringComparison.OrdinalIgnoreCase))
            ? m.Groups["prep"].Value.ToLowerInvariant() : null;

    /// <summary>A preposition of place, perhaps an article, and one lower-case word right before a name: "im australischen ", "in nearby ".</summary>
    [GeneratedRegex(@"\b(?i:in|im|ins|at|from|aus|nach|bei|near|around)\s+((?i:" + ArticleAlternations.Definite + @")\s+)?(?<adj>\p{Ll}\p{L}+)\s+$")]
    private static partial Regex PrepositionAdjectiveBefore();

    /// <summary>"as far as", "bis nach" right before a name: the place a route or journey reaches.</summary>
    [GeneratedRegex(@"\b(as\s+far\s+as|bis\s+nach)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex FarAs();

    /// <summary>Between two places of one list: a comma or "and"/"und"/"or"/"oder", perhaps with an article.</summary>
    [GeneratedRegex(@"^\s*(,|,?\s*(and|und|or|oder|sowie))\s+((" + ArticleAlternations.Definite + @")\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ListJoin();

    /// <remarks>
    /// German "auf" too: "auf dem Flughafen der Hauptstadt", "auf der Tribüne"; and the prepositions that place something
    /// inside, behind, beside or opposite a venue: "inside", "behind", "opposite", "beside", "hinter", "neben", "gegenüber"
    /// ("hinter der Rupertuskirche", "neben dem Bahnhof", "behind the station", "opposite the town hall"). German "neben"
    /// is as often "besides" ("Neben der Universität beteiligen sich ..."); only a venue noun (<see cref="IsVenue"/>) is
    /// taken after any of them.
    /// </remarks>
    [GeneratedRegex(@"\b(?<prep>at|in|from|near|outside|inside|behind|opposite|beside|an|am|im|aus|vom|beim|bei|vor|auf|hinter|neben|gegenüber)\s+((" + ArticleAlternations.AnyOrPossessive + @")\s+)?(?<adj>\p{L}+\s+)?(?<noun>\p{L}+)", RegexOptions.IgnoreCase)]
    private static partial Regex VenueAfterPreposition();

    [GeneratedRegex(@"(?<word>\p{L}+),?\s+$")]
    private static partial Regex LastWord();

    /// <summary>A noun and the capitalised word right after it: "Stadtteil Wedding", "Hafenstadt Dalian".</summary>
    [GeneratedRegex(@"\b(?<class>\p{L}+)\s+(?=(?<word>\p{Lu}\p{L}+)\b)")]
    private static partial Regex ClassedWord();
}
