namespace Briefing.Core.Lexicon;

/// <summary>
/// Translations news needs that FreeDict lacks, compiled into the lexicon beside the dictionary's own (both
/// directions, ahead of them). Systematic gaps rather than one question's words:
/// countries known by several names ("Großbritannien" is listed as "Great Britain" only: no "UK", "United
/// Kingdom", "Britain"; "Niederlande" and "UK" are not listed at all), and the offices of Austria's and Germany's
/// states that English calls by its own title ("Landeshauptmann" is the governor of Carinthia or Tyrol; FreeDict
/// has no entry, so "Which Carinthian governor …" found the skier instead), and a few everyday news words listed only
/// by rarer senses; the news domains' vocabulary (sports, business, technology, parties) is <see cref="NewsGlossary"/>.
/// </summary>
internal static class LexiconSupplement
{
    /// <summary>English → German pairs; each is also German → English.</summary>
    private static readonly (string English, string German)[] Pairs =
    [
        ("United Kingdom", "Großbritannien"), ("United Kingdom", "Vereinigtes Königreich"), ("UK", "Großbritannien"),
        ("Britain", "Großbritannien"), ("Great Britain", "Vereinigtes Königreich"),
        ("United States", "USA"), ("US", "USA"), ("USA", "USA"), ("United States", "Vereinigte Staaten"),
        ("Netherlands", "Niederlande"), ("Holland", "Niederlande"), ("Holland", "Holland"),
        ("Czech Republic", "Tschechien"), ("Czechia", "Tschechien"), ("Czech Republic", "Tschechische Republik"),
        ("Belarus", "Weißrussland"), ("Ivory Coast", "Elfenbeinküste"), ("Burma", "Myanmar"), ("Myanmar", "Myanmar"),
        ("North Korea", "Nordkorea"), ("South Korea", "Südkorea"), ("United Arab Emirates", "Vereinigte Arabische Emirate"),
        ("UAE", "VAE"), ("Moldova", "Moldau"), ("Moldova", "Moldawien"), ("England", "England"), ("Scotland", "Schottland"), ("Wales", "Wales"),
        ("governor", "Landeshauptmann"), ("governor", "Landeshauptfrau"), ("state premier", "Landeshauptmann"),
        ("state parliament", "Landtag"), ("state election", "Landtagswahl"),
        // Everyday news words FreeDict renders by rarer senses only: "police" as "Gendarmerie", "premier" as "erst…",
        // "quarter" (of a year) as "Viertel".
        ("police", "Polizei"), ("premier", "Ministerpräsident"), ("premier", "Premierminister"), ("quarter", "Quartal"),
    ];

    /// <summary>The supplement's entries for the dictionary <paramref name="name"/> (headword → translations, in order).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> For(string name)
    {
        var englishGerman = name == LexiconOptions.EnglishGerman;
        if (!englishGerman && name != LexiconOptions.GermanEnglish) return new Dictionary<string, IReadOnlyList<string>>();
        return Pairs.Concat(NewsGlossary.Pairs).GroupBy(p => englishGerman ? p.English : p.German, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key.ToLowerInvariant(), g => (IReadOnlyList<string>)g.Select(p => englishGerman ? p.German : p.English)
                .Where(t => !t.Equals(g.Key, StringComparison.OrdinalIgnoreCase) || char.IsUpper(t[0])).Distinct().ToList());
    }

    /// <summary>Changes with the data, so a lexicon compiled before an edit is compiled again.</summary>
    public static string Stamp => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(string.Join('|', Pairs.Concat(NewsGlossary.Pairs).Select(p => $"{p.English}={p.German}")))))[..8];
}
