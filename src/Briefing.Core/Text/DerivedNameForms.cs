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

    private static readonly HashSet<string> Endings = new(StringComparer.Ordinal)
    {
        "er", "ern", "erin", "isch", "ische", "ischen", "ischer", "isches", "esisch", "esische", "esischen", "esischer", "ese", "esen",
        "ian", "ians", "ish", "an", "ans", "ean", "eans", "es", "s",
    };

    /// <summary>
    /// Endings that follow the name's own last vowel, as the stemmer leaves it: German places in -ien lose their "en"
    /// ("Kalifornien" → "kaliforni"), and the adjective writes "sch" after the i ("kalifornisch"); English places in -a
    /// take an n ("Russia", "Russian"; "America", "Americans"), and German ones in -a "nisch" ("Amerika", "amerikanisch";
    /// "Afrika", "afrikanisch").
    /// </summary>
    private static readonly (char Final, string Ending)[] AfterFinalVowel = [('i', "sch"), ('a', "n"), ('a', "ns"), ('a', "nisch")];

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

    /// <summary>Whether two analysed terms are one name's forms: the name and its adjective or people, either way round.</summary>
    public static bool AreOneNameForms(string word, string term) => IsNameWord(word) && AreOneName(word, term);

    private static bool IsNameWord(string word) => word.Length >= MinShortStem && word.All(char.IsLetter);

    /// <summary>Whether one analysed term is the other with a derivation ending (a name and its adjective or people).</summary>
    private static bool AreOneName(string a, string b) =>
        IsDerivedFrom(a, b) || IsDerivedFrom(b, a) || SharesShortStem(a, b) || SharesShortStem(b, a);

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
            foreach (var adjective in AdjectiveEndings)
                if (ending.SequenceEqual(adjective)) return true;
        }
        return false;
    }

    private const int MinShortStem = 3;

    /// <summary>What the stemmer leaves of a people's word after the place's stem: "Inder" → "ind", "Syrerin" → "syr-erin", "Syrerinnen" → "syr-erinn".</summary>
    private static readonly string[] PeopleEndingsAfterStem = ["", "erin", "erinn"];

    /// <summary>German adjective endings as the stemmer leaves them ("römischen" → "romisch").</summary>
    private static readonly string[] AdjectiveEndings = ["isch", "ische", "ischen", "ischer", "isches"];

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
