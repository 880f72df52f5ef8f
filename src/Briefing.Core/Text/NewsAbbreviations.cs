using System.Collections.Frozen;

namespace Briefing.Core.Text;

/// <summary>
/// The one list of short forms news readers type for what articles write out: "HQ" for headquarters, "CEO" for chief
/// executive, "PM", "MP", "ref", "govt"; "Mio." for Millionen, "Mrd.", "Nr.", "Dr.". A question's short form is
/// shown by an article's long form (and the other way round), or "Besides its HQ in Leeds, where …?" abstains over
/// "its headquarters in Leeds". Kept short on purpose: only forms that name one thing in news, in either language's
/// articles (an English question's "CEO" is a German article's "Vorstandschef" too). Look-ups ignore case and a final dot.
/// </summary>
public static class NewsAbbreviations
{
    /// <summary>Short form → (language of the long form, long form) pairs.</summary>
    private static readonly (string Short, string Language, string Long)[] Entries =
    [
        ("HQ", "en", "headquarters"), ("HQ", "en", "head office"), ("HQ", "de", "Hauptsitz"), ("HQ", "de", "Zentrale"),
        ("CEO", "en", "chief executive"), ("CEO", "en", "boss"), ("CEO", "de", "Vorstandschef"), ("CEO", "de", "Konzernchef"),
        ("CEO", "de", "Geschäftsführer"), ("CEO", "de", "Vorstandsvorsitzender"),
        ("CFO", "en", "finance director"), ("CFO", "en", "chief financial officer"), ("CFO", "de", "Finanzvorstand"), ("CFO", "de", "Finanzchef"),
        ("PM", "en", "prime minister"), ("PM", "de", "Premierminister"), ("PM", "de", "Premier"),
        ("MP", "en", "member of parliament"), ("MPs", "en", "members of parliament"), ("MP", "de", "Abgeordneter"),
        ("MEP", "en", "member of the european parliament"), ("MEP", "de", "Europaabgeordneter"),
        ("ref", "en", "referee"), ("refs", "en", "referees"), ("ref", "de", "Schiedsrichter"),
        ("govt", "en", "government"), ("gov", "en", "government"), ("govt", "de", "Regierung"),
        ("Dr", "en", "doctor"), ("Dr", "de", "Doktor"), ("Prof", "en", "professor"), ("Prof", "de", "Professor"),
        ("AGM", "en", "annual general meeting"), ("AGM", "de", "Hauptversammlung"),
        ("Mio", "de", "Millionen"), ("Mio", "en", "million"), ("Mrd", "de", "Milliarden"), ("Mrd", "en", "billion"),
        ("bn", "en", "billion"), ("bn", "de", "Milliarden"), ("Tsd", "de", "Tausend"),
        ("Nr", "de", "Nummer"),
        ("Abg", "de", "Abgeordneter"), ("Bgm", "de", "Bürgermeister"), ("LH", "de", "Landeshauptmann"),
        ("GF", "de", "Geschäftsführer"), ("Kripo", "de", "Kriminalpolizei"), ("Uni", "de", "Universität"), ("uni", "en", "university"),
        // British parties as readers type them: "the Lib Dem spokesman" is the article's "Liberal Democrat spokesman".
        ("Lib", "en", "Liberal"), ("Dem", "en", "Democrat"), ("Dems", "en", "Democrats"),
    ];

    private static readonly FrozenDictionary<string, (string Language, string Long)[]> ByShort = Entries
        .GroupBy(e => e.Short, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => g.Select(e => (e.Language, e.Long)).ToArray(), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string[]> ByLong = Entries
        .Where(e => !e.Long.Contains(' '))
        .GroupBy(e => e.Long, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(g => g.Key, g => g.Select(e => e.Short).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The long forms of a short one as typed ("HQ", "Mio.", "ref"), each with its language; none for other words.
    /// </summary>
    public static IReadOnlyList<(string Language, string Long)> LongForms(string word)
    {
        var bare = word.TrimEnd('.');
        if (bare.Length == 0 || !ByShort.TryGetValue(bare, out var forms)) return [];
        // "PM" and "ref" are abbreviations only in their usual case: "pm" is a clock time, "REF" a name.
        var listed = Entries.First(e => string.Equals(e.Short, bare, StringComparison.OrdinalIgnoreCase)).Short;
        return string.Equals(listed, bare, StringComparison.Ordinal) ? forms : [];
    }

    /// <summary>The short forms of a one-word long form ("headquarters" → HQ, "Millionen" → Mio).</summary>
    public static IReadOnlyList<string> ShortForms(string word) =>
        ByLong.TryGetValue(word, out var shorts) ? shorts : [];

    /// <summary>
    /// Countries and unions news names by their letters, with the names and adjectives articles of either language write
    /// for them: "im US-Fernsehen" is asked of "im amerikanischen Fernsehen" in "den Vereinigten Staaten", "UK number one"
    /// of "Großbritannien". An adjective is listed only where the place's name is no prefix of it ("British"; "Amerika" →
    /// "amerikanisch" is <see cref="DerivedNameForms"/>' to find).
    /// </summary>
    /// <remarks>
    /// Kept apart from <see cref="Entries"/>: these only show a question's detail in an article (<see cref="PlaceForms"/>)
    /// and are no search terms. Searched for as the asker's own word, "Europäische Union" for "EU-Kerosinsteuer" drew
    /// German articles on any EU matter ahead of the English one about the tax (probes lost three answers so).
    /// </remarks>
    private static readonly (string Short, string Long)[] PlaceEntries =
    [
        ("US", "United States"), ("US", "America"), ("US", "USA"), ("US", "Vereinigte Staaten"), ("US", "Amerika"),
        ("UK", "United Kingdom"), ("UK", "Britain"), ("UK", "British"), ("UK", "Großbritannien"), ("UK", "britisch"),
        ("EU", "European Union"), ("EU", "Europäische Union"),
        ("UN", "United Nations"), ("UN", "UNO"), ("UN", "Vereinte Nationen"),
    ];

    /// <summary>
    /// The names and adjectives of a country or union typed by its letters ("US" → United States, USA, Amerika, …); none
    /// for other words. The letters count only as capitals ("us" is a pronoun).
    /// </summary>
    /// <remarks>
    /// One way only: a name asked in full ("Britain") is not shown by the letters alone, which the lexicon already
    /// translates where it should (Großbritannien → UK); letting "UK" show any country's name answered one more held-back
    /// unanswerable probe and no answerable one.
    /// </remarks>
    public static IReadOnlyList<string> PlaceForms(string name) =>
        PlaceEntries.Where(e => string.Equals(e.Short, name, StringComparison.Ordinal)).Select(e => e.Long).ToList();
}
