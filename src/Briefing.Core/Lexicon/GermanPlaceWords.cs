namespace Briefing.Core.Lexicon;

/// <summary>
/// The words German derives from a place name, and back: "Schweden" → "schwedisch", "Schwede"; "Österreich" →
/// "österreichisch", "Österreicher"; "Spanien" → "spanisch", "Spanier"; "schwedisch" → "Schweden". Only spellings to
/// look up: the dictionary decides which exist and whether they belong to the place (<see cref="LexiconQueryExpander"/>).
/// </summary>
/// <remarks>
/// German writes the three almost always with the place's stem, English often not (Sweden, Swedish, Swede; Spain,
/// Spanish, Spaniard), so the family is found on the German side in both directions and English words come from
/// the dictionary's translations of its members.
/// </remarks>
internal static class GermanPlaceWords
{
    /// <summary>What a place name, its adjective or its inhabitant ends with after the shared stem.</summary>
    private static readonly string[] Endings = ["land", "ien", "en", "ei", "e", "a", "n", "isch", "esisch", "er", "ier", "in", ""];

    /// <summary>Shortest stem worth deriving from ("Ital", "Span", "Russ"); shorter ones make unrelated words.</summary>
    private const int MinStem = 4;

    public static IReadOnlyList<string> Related(string word)
    {
        var lower = word.ToLowerInvariant();
        var result = new List<string>();
        foreach (var stem in Endings.Where(e => lower.EndsWith(e, StringComparison.Ordinal) && lower.Length - e.Length >= MinStem)
                     .Select(e => lower[..^e.Length]).Distinct())
        {
            foreach (var ending in Endings)
            {
                var candidate = stem + ending;
                if (candidate == lower || result.Contains(candidate, StringComparer.Ordinal)) continue;
                // Adjectives are written in lower case, places and people capitalised.
                result.Add(ending.EndsWith("isch", StringComparison.Ordinal) ? candidate : char.ToUpperInvariant(candidate[0]) + candidate[1..]);
            }
        }
        return result;
    }
}
