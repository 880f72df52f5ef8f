using Briefing.Core.Text;

namespace Briefing.Core.Answering;

/// <summary>
/// A place and the adjective or people derived from it where the place's name is no prefix of them: "dänisch"/"Däne" and
/// "Dänemark", "niederländisch" and "Niederlande", "finnisch" and "Finnland", "spanisch" and "Spanien", "British" and
/// "Britain", "schweizerisch" and "Schweiz". Both reduce to one stem once each drops its own kind of ending, so "the
/// Danish striker" (German "dänisch" by retrieval's translation) finds no new place in "... in Dänemark".
/// </summary>
/// <remarks>
/// Keys are lower case (<see cref="AnswerCandidates.NameKey"/>). The derived word must carry an adjective or people
/// ending and the place a place ending, so two unrelated words sharing a start ("indisch", "Indonesien") stay apart;
/// stems are folded the index's way (<see cref="WordNormalizer.Fold"/>), as German adds an umlaut in the adjective
/// ("Niederlande" → "niederländisch"). Irregular pairs with no
/// shared stem ("Danish"/"Denmark", "französisch"/"Frankreich", "Dutch"/"Netherlands") are not derived here:
/// <see cref="PlaceForms.Families"/> lists them, read so far by the details check only (<see cref="PlaceFamilies"/>). The details check's derivations of
/// analysed (stemmed) terms are <see cref="DerivedNameForms"/>'; this class reads lower-case name keys.
/// </remarks>
internal static class PlaceAdjectiveForms
{
    /// <summary>What an adjective or a people's noun adds to the place's stem: "dän-isch", "brit-ish", "dän-e", "finn-in".</summary>
    private static readonly string[] DerivedEndings =
    [
        .. PlaceForms.GermanAdjectiveEndings, .. PlaceForms.GermanAdjectiveEndings.Select(e => "er" + e), "ish",
        "e", "en", "er", "ern", "in", "innen",
    ];

    /// <summary>
    /// What a place's name adds to the same stem: "Finn-land", "Span-ien", "Brit-ain", "Brit-annien", "Dän-emark"; German
    /// "-ei" ("Slowak-ei", "Türk-ei", "Mongol-ei"), so "In welchen slowakischen Ort …?" finds no new place in "in die Slowakei".
    /// </summary>
    private static readonly string[] PlaceEndings = ["", "e", "en", "ien", "lande", "ain", "annien", "emark", .. PlaceForms.PlaceOnlyEndings];

    /// <summary>
    /// Shortest shared stem: "dän" when the place adds an ending of its own ("Dän-emark"); a place written as the bare
    /// stem needs four letters, as in <see cref="AnswerCandidates"/>' other forms ("Jan" is no place of "Jane").
    /// </summary>
    private const int MinStem = 3;
    private const int MinBareStem = 4;

    /// <remarks>
    /// Asked for every new candidate against every asked key of every sentence: two keys that do not even start alike
    /// (umlauts folded) share no stem, and are told apart before any stem is cut.
    /// </remarks>
    public static bool AreOnePlace(string a, string b) =>
        a != b && a.Length >= MinStem && b.Length >= MinStem && StartAlike(a, b) && (Derives(a, b) || Derives(b, a));

    private static bool StartAlike(string a, string b)
    {
        var (foldedA, foldedB) = (WordNormalizer.Fold(a), WordNormalizer.Fold(b));
        return foldedA.Length >= MinStem && foldedB.Length >= MinStem
               && foldedA.AsSpan(0, MinStem).SequenceEqual(foldedB.AsSpan(0, MinStem));
    }

    private static bool Derives(string derived, string place)
    {
        var placeStems = Stems(place, PlaceEndings).Where(s => s.Ending.Length > 0 || s.Stem.Length >= MinBareStem)
            .Select(s => s.Stem).ToHashSet(StringComparer.Ordinal);
        return Stems(derived, DerivedEndings).Any(s => placeStems.Contains(s.Stem));
    }

    private static IEnumerable<(string Stem, string Ending)> Stems(string key, string[] endings) =>
        endings.Where(e => key.EndsWith(e, StringComparison.Ordinal) && key.Length - e.Length >= MinStem)
            .Select(e => (WordNormalizer.Fold(key[..^e.Length]), e));
}
