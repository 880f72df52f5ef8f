namespace Briefing.Core.Text;

/// <summary>
/// The shared endings and families of how a place, its people and its adjective are written: the endings that derive one from another
/// (read by <see cref="DerivedNameForms"/> on analysed terms and by the answer candidates' place check on lower-case
/// keys) and the families no ending derives (read by the details check's place families).
/// </summary>
internal static class PlaceForms
{
    /// <summary>
    /// German adjective endings of a place's adjective, as written ("dän-isch", "röm-ischen") for the readers of lower-case
    /// keys; the stemmer leaves only "isch" of them ("römischen" → "romisch"), the others reach the readers of analysed terms
    /// only where a word escaped the stemmer.
    /// </summary>
    public static readonly IReadOnlyList<string> GermanAdjectiveEndings = ["isch", "ische", "ischen", "ischer", "isches"];

    /// <summary>
    /// What only a place's name adds to the stem its people and adjective share, written and analysed alike:
    /// "Russ-land", "Bask-enland", "Türk-ei" (German "-ei": "Slowak-ei", "Mongol-ei").
    /// </summary>
    public static readonly IReadOnlyList<string> PlaceOnlyEndings = ["enland", "land", "ei"];

    /// <summary>
    /// A place and the words for its people and its adjective, in English and German, where no ending derives one from the
    /// other: "the Dutch" of an article that writes "the Netherlands", "the French government" of one that writes
    /// "Frankreich", "Scottish" of "Scotland". One place per family, never a larger or smaller one. Members are matched
    /// as analysed words, so inflected forms ("Franzosen", "französischen") need not be listed.
    /// </summary>
    public static readonly IReadOnlyList<IReadOnlyList<string>> Families =
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

    /// <summary>
    /// Words of a people or a place that are also something else, and so never members of <see cref="Families"/>: with
    /// one a question about the company Bayer, a Roman (German: a novel), a man called Finn or a pole would find a place
    /// it never asked about. German's light stemmer still gives "Bayer" and "Bayern", "Pole" and "Polen", "Finn" and
    /// "Finne" one key, so a German question's "Bayer" finds the Bavarian family through its place's member. The rule is
    /// kept by PlaceFormsTests, which holds <see cref="Families"/> to it; no reader filters by this list.
    /// </summary>
    public static readonly IReadOnlySet<string> NotMembers = new HashSet<string>(["Roman", "Bayer", "Finn", "Pole"], StringComparer.OrdinalIgnoreCase);
}
