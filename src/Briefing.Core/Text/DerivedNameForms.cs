namespace Briefing.Core.Text;

/// <summary>
/// A name also shows as its adjective or inhabitant form ("Italien" in "italienischen", "Wels" in "Welser",
/// "Vietnam" in "vietnamesische", "Europe" in "European"): the article "about Italy" often
/// never writes the country's name. Works on analysed terms (English stems drop a final e: "europ" + "ean").
/// A German genitive s counts too: the light stemmer keeps it after a vowel ("Angolas Präsident", "Obamas Rede").
/// </summary>
public static class DerivedNameForms
{
    private const int MinStem = 4;

    private static readonly HashSet<string> Endings = new(StringComparer.Ordinal)
    {
        "er", "ern", "erin", "isch", "ische", "ischen", "ischer", "isches", "esisch", "esische", "esischen", "esischer", "ese", "esen",
        "ian", "ians", "ish", "an", "ans", "ean", "eans", "s",
    };

    /// <summary>Whether one of <paramref name="terms"/> is the analysed <paramref name="name"/> with a derivation ending.</summary>
    public static bool IsIn(string name, IReadOnlySet<string> terms)
    {
        if (name.Length < MinStem || !name.All(char.IsLetter)) return false;
        foreach (var term in terms)
        {
            if (term.Length <= name.Length || !term.StartsWith(name, StringComparison.Ordinal)) continue;
            if (Endings.Contains(term[name.Length..])) return true;
        }
        return false;
    }
}
