using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Briefing.Core.Answering;

/// <summary>
/// The words around a name that say what it names, in German and English news: a place preposition or place noun
/// before it ("in Chicago", "aus Lichtenwörth", "city of Ibadan"), a title or role before it ("Richter Carlos
/// Samour", "Chief executive Peter McGuigan", "Außenminister ..."), an organisation noun or legal form ("Scottish
/// club Rangers", "Energie Steiermark AG").
/// </summary>
internal static partial class NameContext
{
    public static readonly FrozenSet<string> PlacePrepositions = FrozenSet.ToFrozenSet(
    [
        "in", "im", "aus", "nach", "bei", "nahe", "ins", "nördlich", "südlich", "östlich", "westlich",
        "from", "near", "outside", "across", "throughout",
        // "as I drove around Cambridge": where someone moves about.
        "around",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A German preposition of place, or "von" of a mayor's town, right before the name, with no article between: a town's
    /// name takes none ("in Offenburg", "neben Nickelsdorf"), a common noun does ("in der Hochburg", "im Feriendorf", "vom
    /// Zeltdorf"), so "im" and "vom", which hold one, are not among them.
    /// </summary>
    [GeneratedRegex(@"\b(?i:in|aus|nach|bei|nahe|neben|zwischen|von|über|durch)\s+$")]
    public static partial Regex TownPrepositionBefore();

    /// <summary>
    /// Whether a word standing between a preposition of place and a name describes where the place lies, as news writes
    /// it before a town it introduces: a German adjective of a country or region, inflected ("im australischen Brisbane",
    /// "ins kubanische Varadero", "im steirischen Weiz"), or an adjective of location in either language ("in nearby
    /// Harrogate", "in rural Rutland", "im nördlichen Kirkenes"). Not any German adjective: "bei der deutschen Telekom",
    /// "beim neuen Arbeitgeber Siemens" name no place.
    /// </summary>
    public static bool IsLocatingAdjective(string word, string language) =>
        word.Length >= 4 && char.IsLower(word[0]) && !Text.FunctionWords.IsFunctionWord(word)
        && (language == "de" ? GermanPlaceAdjective().IsMatch(word) : LocatingAdjectives.Contains(word));

    /// <summary>"-ischen", "-ische" ("australischen", "steirische"), or a direction's or nearness' adjective, inflected.</summary>
    [GeneratedRegex(@"^(\p{L}{2,}isch|nördlich|südlich|östlich|westlich|nahegelegen|benachbart)(e|en|em|er|es)$")]
    private static partial Regex GermanPlaceAdjective();

    private static readonly FrozenSet<string> LocatingAdjectives = FrozenSet.ToFrozenSet(
    [
        "nearby", "neighbouring", "neighboring", "central", "northern", "southern", "eastern", "western", "rural", "coastal",
        "downtown", "remote", "suburban", "northeastern", "northwestern", "southeastern", "southwestern",
    ], StringComparer.Ordinal);

    public static readonly FrozenSet<string> PlaceNouns = FrozenSet.ToFrozenSet(
    [
        "stadt", "hauptstadt", "gemeinde", "ort", "region", "provinz", "bundesland", "land", "bezirk", "insel",
        // "im Bundesstaat Himachal Pradesh", "im Dorf Belgaum": two unmarked words after them were read as a person's names.
        "dorf", "staat", "bundesstaat", "kanton", "landkreis", "stadtteil", "ortsteil",
        "city", "town", "capital", "village", "province", "region", "state", "island", "county", "country", "district", "suburb",
        // Venues: "im Schloss Bellevue", "at Wembley Stadium" is caught by its own word. "Weston Park", "Goodison Park":
        // without "park" a first-name-like word before it ("Weston", "Stanley") made a person of the grounds.
        "schloss", "palast", "palais", "stadion", "flughafen", "bahnhof", "hafen", "platz", "halle", "arena", "hotel", "park",
        "palace", "castle", "stadium", "airport", "station", "port", "square", "hall", "street",
    ], StringComparer.OrdinalIgnoreCase);

    /// <remarks>Declared before <see cref="PersonTitles"/> and <see cref="PartsTaken"/>, which are made of it when the class loads.</remarks>
    private static readonly string[] PartTakenWords = ["spieler", "spielerin", "schauspieler", "schauspielerin", "player", "actor", "actress"];

    /// <summary>Roles that stand before a person's name; German compounds ending in one count ("Außenminister", "Konzernchef").</summary>
    public static readonly FrozenSet<string> PersonTitles = FrozenSet.ToFrozenSet(
    [
        "präsident", "präsidentin", "minister", "ministerin", "kanzler", "kanzlerin", "premier", "trainer", "trainerin",
        "chef", "chefin", "richter", "richterin", "bürgermeister", "bürgermeisterin", "regisseur", "regisseurin",
        "sänger", "sängerin", "dirigent", "dirigentin", "anwalt", "anwältin", "sprecher", "sprecherin", "direktor",
        "direktorin", "vorsitzende", "vorsitzender", "staatssekretär", "staatssekretärin", "herr", "frau", "könig",
        "königin", "prinz", "prinzessin", "papst", "bischof", "kardinal", "stürmer", "verteidiger", "verteidigerin",
        "torhüter", "torhüterin",
        "autor", "autorin", "gründer", "gründerin", "kommissar", "kommissarin",
        "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "president", "minister", "chancellor", "prime", "coach",
        "manager", "chief", "executive", "judge", "mayor", "director", "chairman", "chairwoman", "spokesman",
        "spokeswoman", "singer", "striker", "midfielder", "defender", "goalkeeper", "boss", "leader",
        "secretary", "king", "queen", "prince", "princess", "captain", "author", "founder", "governor", "senator",
        "commissioner", "conductor", "presenter", "star", "champion",
        .. PartTakenWords,
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The person titles that name a part someone takes in a game or a play, not a post: "player", "Schauspielerin". A
    /// report names its players by name ("Anderson scored …") and seldom writes the word beside them, as it writes
    /// "Bürgermeister" beside the mayor (AskedFact reads them so).
    /// </summary>
    public static readonly FrozenSet<string> PartsTaken = FrozenSet.ToFrozenSet(PartTakenWords, StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> OrganisationWords = FrozenSet.ToFrozenSet(
    [
        "ag", "gmbh", "se", "kg", "plc", "ltd", "inc", "corp", "co", "group", "bank", "fc", "club", "klub", "partei", "verband",
        "union", "verein", "konzern", "unternehmen", "firma", "holding", "airline", "airlines", "council",
        "party", "association", "federation", "company", "firm", "band", "organisation", "organization", "institut",
        "institute", "university", "universität", "records", "studios", "motors", "ministerium", "ministry",
        "academy", "orchestra", "orchester", "philharmoniker", "philharmonikern",
        // Publications and news agencies: "das Magazin Wired", "die Zeitung Le Soir", "the news agency Reuters".
        .. MediaNouns.NamingOrganisation,
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// An organisation noun, also as a German compound's tail ("Privatbank", "Wochenzeitung", "Nachrichtenmagazin",
    /// "Fußballverein"): the name right after it names an organisation.
    /// </summary>
    public static bool IsOrganisationNoun(string word)
    {
        if (OrganisationWords.Contains(word)) return true;
        var lower = word.ToLowerInvariant();
        return lower.Length > 6 && CompoundTails.Any(t => lower.EndsWith(t, StringComparison.Ordinal));
    }

    /// <summary>The organisation nouns that end German compounds naming an organisation (short ones like "ag" do not).</summary>
    private static readonly string[] CompoundTails =
        ["bank", "partei", "verein", "konzern", "unternehmen", "firma", "verband", "club", "klub", "miliz",
         .. MediaNouns.NamingOrganisation.Where(MediaNouns.German.Contains)];

    /// <summary>Particles inside a name ("Tour de France", "Ludwig van Beethoven", "Ali bin al-Hussein").</summary>
    public static readonly FrozenSet<string> NameParticles = FrozenSet.ToFrozenSet(
        ["de", "da", "di", "del", "van", "von", "le", "la", "bin", "al", "of"], StringComparer.Ordinal);

    /// <summary>
    /// A particle that neither German nor English uses as a word of its own ("de", "di", "del", "la"; not "von", "of",
    /// "da", "bin"): between two capitalised words it joins them into one name ("Tour de Ski", "Rio de Janeiro").
    /// </summary>
    public static bool IsForeignNameParticle(string word) => NameParticles.Contains(word) && !Text.FunctionWords.IsFunctionWord(word);

    /// <summary>
    /// Particles of two words ("Nienke van der Marel", "Rafael van den Berg", "Oscar de la Hoya"): read word by word,
    /// the gap was no particle and the name fell apart into a first name and a surname that named no one.
    /// </summary>
    /// <remarks>German "von der" stays out: there it is mostly the preposition ("Sprecher Müller von der ÖVP").</remarks>
    public static readonly FrozenSet<string> TwoWordNameParticles = FrozenSet.ToFrozenSet(
        ["van der", "van den", "van de", "de la", "de los", "de las"], StringComparer.Ordinal);

    /// <summary>Titles of courtesy, which stand before a name and name no role: "Mr", "Mrs", "Ms", "Dr", "Herr", "Frau".</summary>
    public static readonly FrozenSet<string> CourtesyTitles = FrozenSet.ToFrozenSet(["Mr", "Mrs", "Ms", "Dr", "Herr", "Frau"], StringComparer.Ordinal);

    public static bool IsPersonTitle(string word)
    {
        if (PersonTitles.Contains(word)) return true;
        // German compounds: "Außenminister", "Konzernchef", "Cheftrainer", "Ex-Präsident".
        var lower = word.ToLowerInvariant();
        return lower.Length > 6 && PersonTitles.Any(t => t.Length >= 4 && lower.EndsWith(t, StringComparison.Ordinal));
    }
}
