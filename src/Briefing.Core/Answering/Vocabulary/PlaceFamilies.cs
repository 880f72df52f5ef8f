using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// A place and the words for its people and its adjective, in English and German, where no ending derives one from the
/// other (<see cref="DerivedNameForms"/> reads those: "Tirol"/"Tiroler", "Kongo"/"Kongolese"): "the Dutch" of an article
/// that writes "the Netherlands", "the French government" of one that writes "Frankreich", "Scottish" of "Scotland". A
/// question names the place by one member and the article by another; each member shows the others.
/// </summary>
/// <remarks>
/// One place per family, never a larger or smaller one: "a Scot" is not shown by "Britain", nor "the Madrid press" by
/// "Spanish", so an article about a neighbouring place stays a different place. Members are matched as analysed words
/// (<see cref="WordNormalizer.Key"/>), so inflected forms ("Franzosen", "französischen") need not be listed. Words that
/// are also something else are not members: "Roman" (a German novel), "Bayer" (a company), "Finn" and "Pole" — though
/// German's light stemmer gives "Bayer" and "Bayern", "Pole" and "Polen", "Finn" and "Finne" one key, so a German question's
/// "Bayer" still finds the Bavarian family.
/// </remarks>
internal static class PlaceFamilies
{
    private static readonly string[][] Families =
    [
        ["France", "French", "Frenchman", "Frenchmen", "Frenchwoman", "Frankreich", "französisch", "Franzose", "Franzosen", "Französin"],
        ["Netherlands", "Holland", "Dutch", "Dutchman", "Dutchmen", "Dutchwoman", "Niederlande", "niederländisch", "Niederländer", "Niederländerin", "holländisch", "Holländer"],
        ["Denmark", "Danish", "Dane", "Danes", "Dänemark", "dänisch", "Däne", "Dänin"],
        ["Switzerland", "Swiss", "Schweiz", "schweizerisch", "Schweizer", "Schweizerin"],
        ["Britain", "Great Britain", "British", "Briton", "Brit", "Großbritannien", "britisch", "Brite", "Britin"],
        ["England", "English", "Englishman", "Englishmen", "englisch", "Engländer", "Engländerin"],
        ["Scotland", "Scottish", "Scot", "Scots", "Scotsman", "Schottland", "schottisch", "Schotte", "Schottin"],
        ["Wales", "Welsh", "Welshman", "walisisch", "Waliser", "Waliserin"],
        ["Ireland", "Irish", "Irishman", "Irland", "irisch", "Ire", "Irin"],
        ["Greece", "Greek", "Greeks", "Griechenland", "griechisch", "Grieche", "Griechin"],
        ["Spain", "Spanish", "Spaniard", "Spanien", "spanisch", "Spanier", "Spanierin"],
        ["Germany", "German", "Germans", "Deutschland", "deutsch", "Deutsche", "Deutscher"],
        ["Turkey", "Turkish", "Turk", "Türkei", "türkisch", "Türke", "Türkin"],
        ["Poland", "Polish", "Polen", "polnisch", "Polin"],
        ["Sweden", "Swedish", "Swede", "Schweden", "schwedisch", "Schwede", "Schwedin"],
        ["Norway", "Norwegian", "Norwegen", "norwegisch", "Norweger", "Norwegerin"],
        ["Finland", "Finnish", "Finnland", "finnisch", "Finne", "Finnin"],
        ["Portugal", "Portuguese", "portugiesisch", "Portugiese", "Portugiesin"],
        ["Hungary", "Hungarian", "Ungarn", "ungarisch", "Ungar", "Ungarin"],
        ["Czech Republic", "Czechia", "Czech", "Tschechien", "tschechisch", "Tscheche", "Tschechin"],
        ["Slovakia", "Slovak", "Slovakian", "Slowakei", "slowakisch", "Slowake", "Slowakin"],
        ["Belarus", "Belarusian", "Weißrussland", "weißrussisch", "Weißrusse"],
        ["Russia", "Russian", "Russland", "russisch", "Russe", "Russin"],
        ["Austria", "Austrian", "Österreich", "österreichisch", "Österreicher", "Österreicherin"],
        ["Vienna", "Viennese", "Wien", "Wiener", "wienerisch"],
        ["Tyrol", "Tyrolean", "Tirol", "Tiroler", "Tirolerin"],
        ["Styria", "Styrian", "Steiermark", "steirisch", "Steirer", "Steirerin"],
        ["Carinthia", "Carinthian", "Kärnten", "Kärntner", "Kärntnerin"],
        ["Bavaria", "Bavarian", "Bayern", "bayerisch", "bayrisch"],
        ["Basque Country", "Basque", "Baskenland", "baskisch", "Baske", "Basken"],
        ["Catalonia", "Catalan", "Katalonien", "katalanisch", "Katalane", "Katalanin"],
        ["Flanders", "Flemish", "Flandern", "flämisch"],
        ["Cyprus", "Cypriot", "Zypern", "zypriotisch", "Zypriot"],
        ["Iraq", "Iraqi", "Irak", "irakisch", "Iraker", "Irakerin"],
        ["Yemen", "Yemeni", "Jemen", "jemenitisch", "Jemenit"],
        ["Canary Islands", "Canarian", "Kanarische Inseln", "Kanaren", "kanarisch"],
        ["Balearic Islands", "Balearics", "Balearic", "Balearen", "balearisch"],
        ["Philippines", "Filipino", "Philippine", "Philippinen", "philippinisch", "Philippiner"],
        ["Congo", "Congolese", "Kongo", "kongolesisch", "Kongolese", "Kongolesin"],
        ["Lebanon", "Lebanese", "Libanon", "libanesisch", "Libanese", "Libanesin"],
        ["Morocco", "Moroccan", "Marokko", "marokkanisch", "Marokkaner", "Marokkanerin"],
        ["Mexico", "Mexican", "Mexiko", "mexikanisch", "Mexikaner", "Mexikanerin"],
        ["Brazil", "Brazilian", "Brasilien", "brasilianisch", "Brasilianer", "Brasilianerin"],
        ["Argentina", "Argentine", "Argentinian", "Argentinien", "argentinisch", "Argentinier", "Argentinierin"],
        ["New Zealand", "New Zealander", "Neuseeland", "neuseeländisch", "Neuseeländer", "Neuseeländerin"],
        ["Thailand", "Thai", "thailändisch", "Thailänder", "Thailänderin"],
        ["Egypt", "Egyptian", "Ägypten", "ägyptisch", "Ägypter", "Ägypterin"],
        ["Europe", "European", "Europa", "europäisch", "Europäer", "Europäerin"],
        ["Moscow", "Muscovite", "Moskau", "Moskauer"],
        ["Munich", "München", "Münchner", "Münchnerin"],
        ["Cologne", "Köln", "Kölner", "Kölnerin"],
        ["Milan", "Mailand", "Mailänder", "Mailänderin"],
        ["Prague", "Prag", "Prager"],
        ["Warsaw", "Warschau", "Warschauer"],
        ["Brussels", "Brüssel", "Brüsseler"],
        ["Geneva", "Genf", "Genfer"],
        ["Zurich", "Zürich", "Zürcher", "Züricher"],
        ["Athens", "Athen", "Athener", "Athenian"],
        ["Glasgow", "Glaswegian"],
        ["Liverpool", "Liverpudlian"],
        ["Manchester", "Mancunian"],
    ];

    private static readonly Lazy<Dictionary<(string Key, string Language), string[][]>> ByKey = new(Index);

    /// <summary>
    /// The other members of the family <paramref name="word"/> (as the question typed it, in <paramref name="language"/>)
    /// belongs to; none for a word of no family.
    /// </summary>
    public static IReadOnlyList<string> OthersOf(string word, string language)
    {
        if (string.IsNullOrWhiteSpace(word) || !ByKey.Value.TryGetValue((WordNormalizer.Key(word, language), language), out var families)) return [];
        return families.SelectMany(f => f).Where(m => !string.Equals(m, word, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    private static Dictionary<(string, string), string[][]> Index()
    {
        var index = new Dictionary<(string, string), List<string[]>>();
        foreach (var family in Families)
            foreach (var member in family)
                foreach (var language in (string[])["en", "de"])
                {
                    var key = (WordNormalizer.Key(member, language), language);
                    if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                    if (!list.Contains(family)) list.Add(family);
                }
        return index.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }
}
