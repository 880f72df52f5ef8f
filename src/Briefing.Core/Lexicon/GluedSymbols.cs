namespace Briefing.Core.Lexicon;

/// <summary>
/// FreeDict glues a word's symbol or unit abbreviation to its translation ("lead" → "Blei Pb", "Monday" → "Montag Mo",
/// "iron" → "Eisen Fe", "Straße" → "street St"): no article writes the pair, so the translation matched nothing and the
/// word went untranslated. Split off when the compiled lexicon is read (the compiled file and the index stay as they are).
/// </summary>
public static class GluedSymbols
{
    /// <summary>The translation without its glued symbol: "Blei Pb" → "Blei"; any other translation as it is.</summary>
    /// <remarks>
    /// A symbol is two letters, a capital and a small one, after one word of three letters or more. Not after an
    /// adjective or article ("gekochtes Ei", "das Es": a German noun follows them) — a lower-case word keeps its symbol
    /// only where the symbol abbreviates it ("doctor Dr", "street St", "pascal Pa"), as English units and titles do.
    /// </remarks>
    public static string Without(string translation)
    {
        var space = translation.IndexOf(' ');
        if (space < MinWord || space != translation.LastIndexOf(' ') || translation.Length != space + 3) return translation;
        var (word, symbol) = (translation[..space], translation[(space + 1)..]);
        if (!char.IsUpper(symbol[0]) || !char.IsLower(symbol[1]) || !word.All(char.IsLetter)) return translation;
        var abbreviates = char.ToLowerInvariant(word[0]) == char.ToLowerInvariant(symbol[0]);
        return char.IsUpper(word[0]) || abbreviates ? word : translation;
    }

    /// <summary>The translations with their symbols split off, each once, in the listed order.</summary>
    public static IReadOnlyList<string> Without(IReadOnlyList<string> translations)
    {
        if (!translations.Any(t => !ReferenceEquals(Without(t), t))) return translations;
        var result = new List<string>(translations.Count);
        foreach (var translation in translations.Select(Without))
            if (!result.Contains(translation, StringComparer.OrdinalIgnoreCase)) result.Add(translation);
        return result;
    }

    private const int MinWord = 3;
}
