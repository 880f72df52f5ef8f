namespace Briefing.Core.Text;

/// <summary>
/// A name also shows as its adjective or inhabitant form ("Italien" in "italienischen", "Wels" in "Welser",
/// "Vietnam" in "vietnamesische", "Europe" in "European"): the article "about Italy" often
/// never writes the country's name. Works on analysed terms (English stems drop a final e: "europ" + "ean", "japan" + "es").
/// A German genitive s counts too: the light stemmer keeps it after a vowel ("Angolas Präsident", "Obamas Rede").
/// The asker may type either form: "Südkalifornische Gemeinden" is asked of an article about "Südkalifornien", so the
/// question's word is checked both as the name and as the derived form (<see cref="AreOneName"/>).
/// </summary>
public static class DerivedNameForms
{
    private const int MinStem = 4;

    private static readonly HashSet<string> Endings = new(
    [
        "er", "ern", "erin", .. PlaceForms.GermanAdjectiveEndings, .. PlaceForms.GermanAdjectiveEndings.Select(e => "es" + e), "ese", "esen",
        "ian", "ians", "ish", "an", "ans", "ean", "eans", "es", "s",
    ], StringComparer.Ordinal);

    /// <summary>
    /// Endings that follow the name's own last vowel, as the stemmer leaves it: German places in -ien lose their "en"
    /// ("Kalifornien" → "kaliforni"), and the adjective writes "sch" after the i ("kalifornisch"); English places in -a
    /// take an n ("Russia", "Russian"; "America", "Americans"), and German ones in -a "nisch" ("Amerika", "amerikanisch";
    /// "Afrika", "afrikanisch"), and places in -o "lese" ("Kongo", "Kongolese"; "Togo", "Togolese").
    /// </summary>
    private static readonly (char Final, string Ending)[] AfterFinalVowel =
        [('i', "sch"), ('a', "n"), ('a', "ns"), ('a', "nisch"), ('o', "les"), ('o', "lese"), ('o', "lesisch"), ('o', "lesin")];

    /// <summary>
    /// Whether one of <paramref name="terms"/> is the analysed <paramref name="word"/>'s name or derived from it: the name
    /// asked by its adjective or people ("Südkalifornische", "Europeans") is shown by the article's name, and the other way round.
    /// </summary>
    public static bool IsOneNameIn(string word, IReadOnlySet<string> terms)
    {
        if (!IsNameWord(word)) return false;
        foreach (var term in terms)
            if (AreOneName(word, term)) return true;
        return false;
    }

    /// <summary>
    /// <see cref="IsOneNameIn"/>, and a place shown by a people or adjective that drops a part of its name ("Russland",
    /// "russisch"; <see cref="DropsPlaceEnding"/>), either way round. For the details check only: retrieval's ranking keeps to
    /// <see cref="IsOneNameIn"/> (given the looser forms too, it reordered one probe's articles and lost its answer).
    /// </summary>
    public static bool IsOneNameOrPlaceIn(string word, IReadOnlySet<string> terms)
    {
        if (!IsNameWord(word)) return false;
        foreach (var term in terms)
            if (AreOneName(word, term) || DropsPlaceEnding(word, term) || DropsPlaceEnding(term, word)) return true;
        return false;
    }

    /// <summary>Whether two analysed terms are one name's forms: the name and its adjective or people (any of <see cref="IsOneNameOrPlaceIn"/>'s), either way round.</summary>
    public static bool AreOneNameForms(string word, string term) =>
        IsNameWord(word) && (AreOneName(word, term) || DropsPlaceEnding(word, term) || DropsPlaceEnding(term, word));

    private static bool IsNameWord(string word) => word.Length >= MinShortStem && word.All(char.IsLetter);

    /// <summary>Whether one analysed term is the other with a derivation ending (a name and its adjective or people).</summary>
    private static bool AreOneName(string a, string b) =>
        IsDerivedFrom(a, b) || IsDerivedFrom(b, a) || SharesShortStem(a, b) || SharesShortStem(b, a);

    /// <summary>
    /// A people or adjective made from the place's name without a part of it: "Russland" → "russisch", "Russin";
    /// "Baskenland" → "baskisch"; "Türkei" → "türkisch"; "Innviertel" → "Innviertler"; "Vienna" → "Viennese", "Kanada" → "kanadisch". The
    /// stemmer leaves the place's own ending ("russland", "turkei", "vienna") on the name, and the people's or adjective's
    /// on the other word, so neither starts with the other.
    /// </summary>
    private static bool DropsPlaceEnding(string term, string name)
    {
        if (name.Length < MinStem || term.Length < MinShortStem) return false;
        // "russ-land", "bask-enland", "turk-ei": the stem before the place's ending, with a people's or adjective's ending.
        // Never the bare stem: "Maryland" is no "Mary", "Alexei" no "Alex" (PlaceForms.Families lists "Russe", "Schotte", "Türke").
        foreach (var placeEnding in PlaceForms.PlaceOnlyEndings)
        {
            if (!name.EndsWith(placeEnding, StringComparison.Ordinal)) continue;
            var stem = name.AsSpan(0, name.Length - placeEnding.Length);
            if (stem.Length < MinShortStem || !term.AsSpan().StartsWith(stem, StringComparison.Ordinal)) continue;
            var ending = term.AsSpan(stem.Length);
            if (IsOneOf(ending, PeopleOrAdjectiveEndings)) return true;
        }
        // Not "karnt" (Kärnten) and "karntn" (Kärntner): any stem and itself with an n would match ("Kirch" and "Kirchner",
        // "Rente" and "Rentner"); PlaceForms.Families lists such a pair where one is needed.
        // "innviertel" and "innviertl": a place in "-el" after a consonant drops its e before the people's ending ("Michael"
        // is no "Michal").
        if (name.Length > MinStem && name.EndsWith("el", StringComparison.Ordinal) && !IsVowel(name[^3]) && term.Length >= name.Length - 1
            && term.AsSpan().StartsWith(name.AsSpan(0, name.Length - 2), StringComparison.Ordinal) && term[name.Length - 2] == 'l'
            && IsOneOf(term.AsSpan(name.Length - 1), PeopleEndingsAfterStem)) return true;
        // "vienna" and "viennes", "kanada" and "kanadisch": a place in -a whose a gives way to the ending.
        return name[^1] == 'a' && name.Length > MinStem && term.Length >= name.Length
            && term.AsSpan().StartsWith(name.AsSpan(0, name.Length - 1), StringComparison.Ordinal)
            && IsOneOf(term.AsSpan(name.Length - 1), EndingsReplacingFinalA);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsOneOf(ReadOnlySpan<char> ending, string[] endings)
    {
        foreach (var candidate in endings)
            if (ending.SequenceEqual(candidate)) return true;
        return false;
    }

    /// <summary>
    /// People and adjective endings after such a stem, as the stemmers leave them: "russ-isch", "pol-ish", "russ-in". Not
    /// "er": German's stemmer strips it ("Deutscher" → "deutsch"), and after such a stem only English words keep it, where
    /// it makes comparatives and agent nouns of a place's first part ("Portland" / "porter", "Greenland" / "greener", "Finland" / "finer").
    /// </summary>
    private static readonly string[] PeopleOrAdjectiveEndings = [.. PlaceForms.GermanAdjectiveEndings, "ish", "in", "inn"];

    /// <summary>What takes the place of a final a: "Vienn-ese", "Chin-esisch", "Kanad-isch".</summary>
    private static readonly string[] EndingsReplacingFinalA = ["es", "ese", "esen", .. PlaceForms.GermanAdjectiveEndings.Select(e => "es" + e), .. PlaceForms.GermanAdjectiveEndings];

    /// <summary>
    /// A people and its place in -ien, and a place of three letters: "Syrerin", "Inder" ask of an article that says
    /// "Syrien", "Indien"; "Römer" of one that says "römisch". The stemmer cuts the people to the bare stem ("Inder" →
    /// "ind", "Syrer" → "syr") and the place in -ien to the stem and its i ("indi", "syri"), so neither is the other's
    /// name with an ending of <see cref="Endings"/>. A stem of three letters is a place's only where the words around it
    /// say so: the place's i, a people's "erin", an adjective's "isch" — not any ending ("Rom" is no name of "Roman").
    /// </summary>
    private static bool SharesShortStem(string term, string name)
    {
        if (term.Length < MinShortStem || name.Length < MinShortStem) return false;
        // "indi" (Indien) and "ind" (Inder), "syrerin" (Syrerin): the place's stem, bare or with a people's ending.
        if (name[^1] == 'i' && name.Length > MinShortStem && term.StartsWith(name.AsSpan(0, name.Length - 1), StringComparison.Ordinal))
        {
            var ending = term.AsSpan(name.Length - 1);
            foreach (var people in PeopleEndingsAfterStem)
                if (ending.SequenceEqual(people)) return true;
        }
        // "rom" (Rom, Römer) and "romisch": an adjective's ending on a three-letter stem.
        if (name.Length == MinShortStem && term.Length > name.Length && term.StartsWith(name, StringComparison.Ordinal))
        {
            var ending = term.AsSpan(name.Length);
            foreach (var adjective in PlaceForms.GermanAdjectiveEndings)
                if (ending.SequenceEqual(adjective)) return true;
        }
        return false;
    }

    private const int MinShortStem = 3;

    /// <summary>What the stemmer leaves of a people's word after the place's stem: "Inder" → "ind", "Syrerin" → "syr-erin", "Syrerinnen" → "syr-erinn".</summary>
    private static readonly string[] PeopleEndingsAfterStem = ["", "erin", "erinn"];

    private static bool IsDerivedFrom(string term, string name)
    {
        if (name.Length < MinStem || term.Length <= name.Length || !term.StartsWith(name, StringComparison.Ordinal)) return false;
        var ending = term.AsSpan(name.Length);
        if (Endings.Contains(ending.ToString())) return true;
        foreach (var (final, after) in AfterFinalVowel)
            if (name[^1] == final && ending.SequenceEqual(after)) return true;
        return false;
    }
}
